package org.clinicverify.partner;

/** One bucket and daily quota to charge: {@code subject} is key:&lt;id&gt;, key:&lt;id&gt;:ip:&lt;ip&gt; or ip:&lt;ip&gt;. */
record Limit(String subject, Plan plan) {
}
