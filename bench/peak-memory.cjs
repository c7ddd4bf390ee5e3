// Loaded into every Node process of a benchmarked build (NODE_OPTIONS=--require): on exit it appends
// the process's peak resident size in kB to the file JENJANG_RSS_FILE names.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.JENJANG_RSS_FILE) appendFileSync(process.env.JENJANG_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
