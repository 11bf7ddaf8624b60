// Converts zipcodes@8.0.0 lib/codes.js into the two compact CSVs next to this file.
// Run from the unpacked npm package folder: node convert.js <output-dir>
const codes = require("./lib/codes.js").codes;
const fs = require("fs");
const zlib = require("zlib");
const out = process.argv[2] || ".";
const zips = [], cities = {};
for (const [zip, v] of Object.entries(codes)) {
  if (v.country !== "US" || v.latitude == null || !/^\d{5}$/.test(zip)) continue;
  if (!(Math.abs(v.latitude) <= 90 && Math.abs(v.longitude) <= 180) || (v.latitude === 0 && v.longitude === 0)) continue;
  zips.push([zip, v.latitude.toFixed(4), v.longitude.toFixed(4)].join(","));
  const key = v.city.toUpperCase() + "|" + v.state;
  const entry = cities[key] = cities[key] || { lat: [], lon: [], city: v.city, state: v.state };
  entry.lat.push(v.latitude);
  entry.lon.push(v.longitude);
}
const median = a => { a = a.slice().sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };
const gz = (name, text) => fs.writeFileSync(out + "/" + name, zlib.gzipSync(text, { level: 9 }));
gz("us-zip-centroids.csv.gz", "zip,lat,lon\n" + zips.sort().join("\n") + "\n");
gz("us-city-centroids.csv.gz", "city,state,lat,lon\n" + Object.values(cities)
  .map(e => [e.city.replace(/,/g, " "), e.state, median(e.lat).toFixed(4), median(e.lon).toFixed(4)].join(","))
  .sort().join("\n") + "\n");
