// The static APL checker on each document given: its findings, and a failure when there are any.
const { StaticAplTemplateValidator } = require('apl-suggester');
const fs = require('fs');
(async () => {
  let failures = 0;
  for (const file of process.argv.slice(2)) {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    const results = await new StaticAplTemplateValidator().validate(doc);
    console.log(`${file}: ${results.length} finding(s)`);
    for (const r of results) { console.log(`  ${r.path}: ${r.errorMessage}`); }
    failures += results.length;
  }
  process.exit(failures ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
