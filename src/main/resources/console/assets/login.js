'use strict';
// Logs in with a cookie session (HttpOnly, SameSite=Strict) and goes to the queue.
document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const error = document.getElementById('login-error');
  error.textContent = '';
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
    credentials: 'same-origin',
    body: JSON.stringify({
      username: document.getElementById('username').value,
      password: document.getElementById('password').value
    })
  });
  if (response.ok) {
    window.location.assign('/console/index.html');
    return;
  }
  const body = await response.json().catch(() => ({}));
  error.textContent = body.message || ('Login failed (' + response.status + ')');
});
