// End-to-end test of dhad from Node.js: every RPC of dhad.v1.TextAnalyzer
// (AnalyzeStream included), the health service and server reflection, called
// with @grpc/grpc-js and @grpc/proto-loader against a running dhad-server.
//
// Run by node_test.py (ctest e2e_node), which starts the server, installs the npm
// packages of package-lock.json with `npm ci` into the build directory, and
// sets:
//   DHAD_TARGET      host:port of the server
//   DHAD_SOURCE_DIR  the repository root (for the .proto files)
//   NODE_PATH        the node_modules that `npm ci` filled
'use strict';

const assert = require('node:assert/strict');
const path = require('node:path');
const test = require('node:test');

const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');

const SOURCE = process.env.DHAD_SOURCE_DIR || path.join(__dirname, '..', '..', '..');
const TARGET = process.env.DHAD_TARGET;
if (!TARGET) throw new Error('DHAD_TARGET (host:port of a running dhad-server) is not set');

const LOADER_OPTIONS = {keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true};

// README's "Calling dhad from Node" snippet, verbatim: one client for the whole
// program; round_robin spreads calls over every address the name resolves to
// (dns:///dhad-headless:50051 in Kubernetes).
function connect(protoFile, target) {
  const def = protoLoader.loadSync(protoFile, LOADER_OPTIONS);
  const dhad = grpc.loadPackageDefinition(def).dhad.v1;
  return new dhad.TextAnalyzer(target, grpc.credentials.createInsecure(), {
    'grpc.service_config': JSON.stringify({loadBalancingConfig: [{round_robin: {}}]}),
  });
}

function loadService(protoFile, pkg, service) {
  const def = protoLoader.loadSync(protoFile, LOADER_OPTIONS);
  let obj = grpc.loadPackageDefinition(def);
  for (const part of pkg.split('.')) obj = obj[part];
  return new obj[service](TARGET, grpc.credentials.createInsecure());
}

const client = connect(path.join(SOURCE, 'proto', 'dhad', 'v1', 'text_analyzer.proto'), `dns:///${TARGET}`);

function deadline(seconds = 10) {
  return {deadline: Date.now() + seconds * 1000};
}

// Promise form of a unary call.
function call(stub, method, request) {
  return new Promise((resolve, reject) => {
    stub[method](request, deadline(), (err, reply) => (err ? reject(err) : resolve(reply)));
  });
}

// Code points of s (spans count code points, JavaScript strings UTF-16 units).
function codePoints(s) {
  return Array.from(s);
}

// A span must lie inside text, its byte range must be its code point range in
// UTF-8, and the reported text (if any) must be the text of the span.
function checkSpan(text, span, spanText) {
  const cps = codePoints(text);
  assert.ok(span.start <= span.end && span.end <= cps.length, JSON.stringify(span));
  const before = cps.slice(0, span.start).join('');
  const inside = cps.slice(span.start, span.end).join('');
  assert.equal(span.byte_start, Buffer.byteLength(before, 'utf8'));
  assert.equal(span.byte_end, Buffer.byteLength(before + inside, 'utf8'));
  if (spanText !== undefined) assert.equal(spanText, inside);
  return inside;
}

// The calls of README's Node snippet, verbatim (run by the test below).
function readmeSnippet(client) {
  client.ParseNumbers({text: 'أصيب نحو 40 شخصا'}, {deadline: Date.now() + 5000}, (err, r) => {
    if (err) throw err;  // err.code is a grpc.status, err.details the message
    for (const n of r.numbers) console.log(n.text, n.value, n.approximate, n.span.start, n.span.end);
  });

  // AnalyzeStream: write requests, read one answer per request, in order.
  const stream = client.AnalyzeStream({deadline: Date.now() + 30000});
  stream.on('data', (r) => console.log(r.id, r.numbers.map((n) => n.value)));
  stream.on('error', (err) => console.error(err.code, err.details));
  stream.write({id: 'doc-0', text: 'استقبل المعرض 25 زائرا.'});
  stream.end();
}

test('the README snippet prints the numbers and the stream answer', async (t) => {
  const log = t.mock.method(console, 'log', () => {});
  const error = t.mock.method(console, 'error', () => {});
  readmeSnippet(client);
  const until = Date.now() + 10000;
  while (log.mock.callCount() < 2 && error.mock.callCount() === 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(error.mock.callCount(), 0, JSON.stringify(error.mock.calls.map((c) => c.arguments)));
  const lines = log.mock.calls.map((c) => c.arguments);
  lines.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  assert.deepEqual(lines, [['doc-0', [25]], ['نحو 40', 40, true, 5, 11]]);
});

test('health check answers SERVING', async () => {
  const health = loadService(path.join(SOURCE, 'proto', 'grpc', 'health', 'v1', 'health.proto'),
                             'grpc.health.v1', 'Health');
  const r = await call(health, 'Check', {service: ''});
  assert.equal(r.status, 'SERVING');
  health.close();
});

test('reflection lists the services and describes TextAnalyzer', async () => {
  const reflection = loadService(path.join(__dirname, 'reflection_v1alpha.proto'),
                                 'grpc.reflection.v1alpha', 'ServerReflection');
  const replies = await new Promise((resolve, reject) => {
    const out = [];
    const stream = reflection.ServerReflectionInfo(deadline());
    stream.on('data', (m) => out.push(m));
    stream.on('error', reject);
    stream.on('end', () => resolve(out));
    stream.write({list_services: ''});
    stream.write({file_containing_symbol: 'dhad.v1.TextAnalyzer'});
    stream.end();
  });
  assert.equal(replies.length, 2);
  assert.equal(replies[0].message_response, 'list_services_response');
  const names = replies[0].list_services_response.service.map((s) => s.name);
  for (const name of ['dhad.v1.TextAnalyzer', 'grpc.health.v1.Health']) {
    assert.ok(names.includes(name), `${name} not in ${names}`);
  }
  assert.equal(replies[1].message_response, 'file_descriptor_response');
  const files = replies[1].file_descriptor_response.file_descriptor_proto;
  assert.ok(files.length >= 1);
  assert.ok(Buffer.concat(files).includes('dhad/v1/text_analyzer.proto'));
  reflection.close();
});

test('Normalize folds diacritics, alef, teh marbuta and digits, with an alignment', async () => {
  const text = 'قَرَأْتُ الرِّسالةَ في إحدى عشرةَ دقيقةً ٣٠';
  const r = await call(client, 'Normalize', {text, include_alignment: true});
  assert.equal(r.text, 'قرات الرساله في احدي عشره دقيقه 30');
  const out = codePoints(r.text);
  assert.equal(r.alignment.length, out.length + 1);
  assert.equal(r.alignment[r.alignment.length - 1], codePoints(text).length);
  for (let i = 1; i < r.alignment.length; i++) assert.ok(r.alignment[i - 1] <= r.alignment[i]);
  // A profile of NONE with one switch turned on removes the diacritics only.
  const only = await call(client, 'Normalize', {
    text, options: {profile: 'NORMALIZATION_PROFILE_NONE', remove_diacritics: true}});
  assert.equal(only.text, 'قرأت الرسالة في إحدى عشرة دقيقة ٣٠');
});

test('SegmentSentences splits at terminators and keeps spans in the caller text', async () => {
  const text = 'وصل الوفد إلى المدينة صباحا. وبدأت المحادثات بعد الظهر! هل تنتهي قبل المساء؟';
  const r = await call(client, 'SegmentSentences', {text});
  assert.deepEqual(r.sentences.map((s) => s.text), [
    'وصل الوفد إلى المدينة صباحا.',
    'وبدأت المحادثات بعد الظهر!',
    'هل تنتهي قبل المساء؟',
  ]);
  for (const s of r.sentences) checkSpan(text, s.span, s.text);
});

test('ParseNumbers finds approximate cardinals and percentages', async () => {
  const text = 'أصيب نحو 40 شخصا وارتفعت الأسعار بنسبة 12 بالمئة';
  const r = await call(client, 'ParseNumbers', {text});
  const byText = Object.fromEntries(r.numbers.map((n) => [n.text, n]));
  assert.ok(byText['نحو 40'], JSON.stringify(r.numbers.map((n) => n.text)));
  assert.equal(byText['نحو 40'].value, 40);
  assert.equal(byText['نحو 40'].approximate, true);
  assert.equal(byText['نحو 40'].kind, 'NUMBER_KIND_CARDINAL');
  assert.ok(byText['12 بالمئة'], JSON.stringify(r.numbers.map((n) => n.text)));
  assert.equal(byText['12 بالمئة'].value, 12);
  assert.equal(byText['12 بالمئة'].kind, 'NUMBER_KIND_PERCENT');
  for (const n of r.numbers) checkSpan(text, n.span, n.text);
});

test('ExtractQuotes finds a direct quote with its speaker and cue', async () => {
  const text = 'وقال رئيس البلدية خالد منصور إن "الطريق سيفتح أمام السيارات الشهر المقبل".';
  const r = await call(client, 'ExtractQuotes', {text});
  assert.equal(r.quotes.length, 1, JSON.stringify(r.quotes));
  const q = r.quotes[0];
  assert.equal(q.kind, 'QUOTE_KIND_DIRECT');
  assert.equal(checkSpan(text, q.content, q.content_text), 'الطريق سيفتح أمام السيارات الشهر المقبل');
  assert.equal(checkSpan(text, q.cue, q.cue_text), 'وقال');
  assert.ok(checkSpan(text, q.speaker, q.speaker_text).includes('خالد منصور'), q.speaker_text);
  assert.ok(q.confidence > 0 && q.confidence <= 1);
});

test('Analyze runs every analyzer and echoes the id', async () => {
  const text = 'قال الوزير إن "المشروع سيوفر 300 وظيفة". وأضاف أن التنفيذ يبدأ في الربيع.';
  const r = await call(client, 'Analyze', {text, id: 'node-1'});
  assert.equal(r.id, 'node-1');
  assert.equal(r.sentences.length, 2);
  assert.ok(r.quotes.length >= 1);
  assert.deepEqual(r.numbers.map((n) => n.value), [300]);
  assert.ok(r.normalized.text.length > 0);
  const alone = await call(client, 'ParseNumbers', {text});
  assert.deepEqual(alone.numbers, r.numbers);
});

test('AnalyzeStream answers every request in order', async () => {
  const counts = [7, 25, 130, 4000, 61];
  const replies = await new Promise((resolve, reject) => {
    const out = [];
    const stream = client.AnalyzeStream(deadline(30));
    stream.on('data', (m) => out.push(m));
    stream.on('error', reject);
    stream.on('end', () => resolve(out));
    counts.forEach((n, i) => stream.write({id: `doc-${i}`, text: `استقبل المعرض ${n} زائرا يوم الافتتاح.`}));
    stream.end();
  });
  assert.deepEqual(replies.map((r) => r.id), counts.map((_, i) => `doc-${i}`));
  assert.deepEqual(replies.map((r) => r.numbers.map((n) => n.value)), counts.map((n) => [n]));
  for (const r of replies) assert.equal(r.sentences.length, 1);
});

test('invalid UTF-8 is INVALID_ARGUMENT naming the byte offset', async () => {
  // JavaScript strings cannot hold invalid UTF-8: send the request bytes as they are.
  const request = Buffer.from([0x0a, 0x04, 0x61, 0x62, 0xc0, 0xaf]);  // text = "ab" + overlong "/"
  const err = await new Promise((resolve) => {
    client.makeUnaryRequest('/dhad.v1.TextAnalyzer/ParseNumbers', (b) => b, (b) => b, request,
                            new grpc.Metadata(), deadline(), (e) => resolve(e));
  });
  assert.ok(err, 'the call succeeded');
  assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
  assert.match(err.details, /not valid UTF-8.*byte offset 2/);
});

test.after(() => client.close());
