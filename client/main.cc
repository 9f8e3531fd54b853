// dhad: a small command-line client of dhad-server.
//
//   dhad normalize --text="..." [--profile=search|display|none] [--remove_diacritics ...]
//   dhad segment   --file=article.txt
//   dhad quotes    < article.txt
//   dhad numbers   --text="..." --format=json
//   dhad analyze   --file=article.txt
//   dhad render    --file=article.txt --out=article.html
//   dhad health
//   dhad analyze --target=localhost:50051 --tls_ca_file=ca.pem --file=article.txt
//
// Text comes from --text, --file or standard input (analyze and render also
// take --dir or FILE... for many documents). Exit status: 0 on
// success, 1 when the call fails (the gRPC status is printed), 2 on a usage
// error.

#include <google/protobuf/util/json_util.h>
#include <grpcpp/grpcpp.h>

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "absl/time/time.h"
#include "base/pem_file.h"
#include "dhad/v1/text_analyzer.grpc.pb.h"
#include "client/bulk.h"
#include "client/html_render.h"
#include "grpc/health/v1/health.grpc.pb.h"

ABSL_FLAG(std::string, target, "127.0.0.1:50051", "Address of dhad-server, host:port.");
ABSL_FLAG(std::string, text, "", "The text to analyze.");
ABSL_FLAG(std::string, file, "", "Read the text from this file ('-' for standard input).");
ABSL_FLAG(absl::Duration, deadline, absl::Seconds(30),
          "How long to wait for the answer before giving up (DEADLINE_EXCEEDED).");
ABSL_FLAG(std::string, format, "text",
          "Output format: 'text' (readable) or 'json' (protobuf's JSON mapping of the "
          "response, one line, for scripts).");
ABSL_FLAG(std::string, profile, "search",
          "normalize/analyze: base profile, 'search', 'display' or 'none'. The switches "
          "below override it when given.");
ABSL_FLAG(bool, alignment, false,
          "normalize/analyze: also return the alignment of the normalized text to the "
          "input.");
ABSL_FLAG(std::string, id, "", "analyze: an id echoed in the response.");
ABSL_FLAG(std::string, dir, "",
          "analyze: bulk mode; stream every file under this directory through "
          "AnalyzeStream (also: 'dhad analyze FILE...'). render: one page of every file "
          "under this directory (also: 'dhad render FILE...').");
ABSL_FLAG(std::string, out, "",
          "analyze bulk mode: write the JSON lines here instead of standard output. "
          "render: write the HTML page here instead of standard output.");
ABSL_FLAG(bool, tls, false,
          "Connect with TLS, trusting the system's root certificates (or --tls_ca_file). "
          "Implied by every --tls_* flag below.");
ABSL_FLAG(std::string, tls_ca_file, "",
          "TLS: trust the CA certificates in this PEM file (instead of the system roots) "
          "to verify the server's certificate. Implies --tls.");
ABSL_FLAG(std::string, tls_cert_file, "",
          "Mutual TLS: this client's certificate chain (PEM), for a server run with "
          "--tls_client_ca_file. Needs --tls_key_file; implies --tls.");
ABSL_FLAG(std::string, tls_key_file, "",
          "Mutual TLS: the private key (PEM) of --tls_cert_file. Implies --tls.");
ABSL_FLAG(std::string, tls_server_name, "",
          "TLS: the name to check in the server's certificate instead of the host of "
          "--target (e.g. 'localhost' when --target is an IP address). Implies --tls.");
ABSL_FLAG(std::string, service, "",
          "health: the service to ask about ('' for the whole server, or "
          "dhad.v1.TextAnalyzer).");

// Normalization switches; only those given on the command line override the
// profile.
ABSL_FLAG(bool, remove_diacritics, false, "normalize: remove Arabic diacritics.");
ABSL_FLAG(bool, remove_tatweel, false, "normalize: remove tatweel (U+0640).");
ABSL_FLAG(bool, normalize_alef, false, "normalize: fold أ إ آ ٱ to ا.");
ABSL_FLAG(bool, alef_maqsura_to_yeh, false, "normalize: fold ى to ي.");
ABSL_FLAG(bool, teh_marbuta_to_heh, false, "normalize: fold ة to ه.");
ABSL_FLAG(bool, normalize_hamza, false, "normalize: fold ؤ to و and ئ to ي.");
ABSL_FLAG(bool, fold_presentation_forms, false,
          "normalize: decompose Arabic presentation forms.");
ABSL_FLAG(bool, digits_to_ascii, false, "normalize: Arabic-Indic digits to 0-9.");
ABSL_FLAG(bool, fold_persian_letters, false, "normalize: ک ی ہ ... to Arabic letters.");
ABSL_FLAG(bool, normalize_punctuation, false, "normalize: ، ؛ ؟ ٪ « » ... to ASCII.");
ABSL_FLAG(bool, remove_invisible, false, "normalize: remove zero-width and bidi controls.");
ABSL_FLAG(bool, collapse_whitespace, false, "normalize: collapse whitespace runs.");
ABSL_FLAG(bool, reduce_elongation, false,
          "normalize: reduce runs of 3+ identical Arabic letters to 2.");

namespace {

namespace v1 = dhad::v1;

constexpr const char* kUsage =
    "command-line client of dhad-server (Arabic text analysis).\n\n"
    "Usage: dhad COMMAND [flags]\n\n"
    "Commands:\n"
    "  normalize  normalized text (--profile, switches such as --remove_diacritics)\n"
    "  segment    numbered sentences\n"
    "  quotes     quotations with speaker, cue and kind\n"
    "  numbers    number mentions with value, kind and bounds\n"
    "  analyze    all of the above in one call\n"
    "  render     all of the above as one self-contained HTML page (--out=page.html)\n"
    "  health     the server's health (SERVING / NOT_SERVING)\n"
    "  frame      write the gRPC-framed request of METHOD (normalize, segment, quotes,\n"
    "             numbers, analyze, health) to standard output, for load generators\n\n"
    "Bulk: 'dhad analyze --dir=DIR' or 'dhad analyze FILE...' streams every document\n"
    "through AnalyzeStream and writes one JSON line per document (--out=FILE), with a\n"
    "progress line on standard error when it is a terminal. 'dhad render --dir=DIR'\n"
    "(or FILE...) writes one page of all of them.\n\n"
    "Text comes from --text, --file or standard input. Output: --format=text|json.\n"
    "TLS: --tls (system roots) or --tls_ca_file=CA.pem; mutual TLS: also\n"
    "--tls_cert_file and --tls_key_file; --tls_server_name when --target is an IP.\n"
    "Exit status: 0 success, 1 the call failed (its gRPC status is printed), 2 usage.";

// Names of the flags given on the command line (this Abseil has no public
// "was it specified" query): --name, --name=value, --noname.
std::set<std::string>& GivenFlags() {
  static auto* given = new std::set<std::string>();
  return *given;
}

void RecordGivenFlags(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    absl::string_view a(argv[i]);
    if (a == "--") break;
    if (!absl::ConsumePrefix(&a, "--") && !absl::ConsumePrefix(&a, "-")) continue;
    a = a.substr(0, a.find('='));
    GivenFlags().insert(std::string(a));
    if (absl::ConsumePrefix(&a, "no")) GivenFlags().insert(std::string(a));
  }
}

bool Specified(const char* name) { return GivenFlags().count(name) > 0; }

int UsageError(const std::string& message) {
  std::fprintf(stderr, "dhad: %s\nRun 'dhad --help' for usage.\n", message.c_str());
  return 2;
}

bool ReadInput(std::string* text, std::string* error) {
  if (Specified("text")) {
    *text = absl::GetFlag(FLAGS_text);
    return true;
  }
  const std::string file = absl::GetFlag(FLAGS_file);
  std::stringstream ss;
  if (!file.empty() && file != "-") {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      *error = absl::StrCat("cannot read ", file);
      return false;
    }
    ss << in.rdbuf();
  } else {
    ss << std::cin.rdbuf();
  }
  *text = ss.str();
  return true;
}

bool ParseOptions(v1::NormalizeOptions* o, std::string* error) {
  const std::string profile = absl::GetFlag(FLAGS_profile);
  if (profile == "search") {
    o->set_profile(v1::NORMALIZATION_PROFILE_SEARCH);
  } else if (profile == "display") {
    o->set_profile(v1::NORMALIZATION_PROFILE_DISPLAY);
  } else if (profile == "none") {
    o->set_profile(v1::NORMALIZATION_PROFILE_NONE);
  } else {
    *error = absl::StrCat("--profile must be search, display or none, not '", profile, "'");
    return false;
  }
#define DHAD_SWITCH(name) \
  if (Specified(#name)) o->set_##name(absl::GetFlag(FLAGS_##name))
  DHAD_SWITCH(remove_diacritics);
  DHAD_SWITCH(remove_tatweel);
  DHAD_SWITCH(normalize_alef);
  DHAD_SWITCH(alef_maqsura_to_yeh);
  DHAD_SWITCH(teh_marbuta_to_heh);
  DHAD_SWITCH(normalize_hamza);
  DHAD_SWITCH(fold_presentation_forms);
  DHAD_SWITCH(digits_to_ascii);
  DHAD_SWITCH(fold_persian_letters);
  DHAD_SWITCH(normalize_punctuation);
  DHAD_SWITCH(remove_invisible);
  DHAD_SWITCH(collapse_whitespace);
  DHAD_SWITCH(reduce_elongation);
#undef DHAD_SWITCH
  return true;
}

// Set by MakeChannel: whether the channel uses TLS (for the hint on failure).
bool g_tls = false;

constexpr const char* kTlsHint =
    "dhad: hint: with TLS, UNAVAILABLE often means the handshake failed; check that the "
    "server is up and uses TLS, that "
    "--tls_ca_file holds the CA that signed the server's certificate, that "
    "--tls_server_name (or the host of --target) is a name in that certificate, and "
    "that --tls_cert_file/--tls_key_file are given (signed by the server's "
    "--tls_client_ca_file) when the server requires client certificates.\n";

// The one channel every command (health and bulk mode included) uses: to
// --target, plaintext by default, TLS when --tls or any --tls_* flag is given
// (server verified against --tls_ca_file or the system roots, name checked
// against --tls_server_name when given; client certificate when
// --tls_cert_file and --tls_key_file are given). Returns nullptr and sets
// `*error` on a usage error (a file that cannot be read, a certificate without
// its key, --notls with --tls_* flags).
std::shared_ptr<grpc::Channel> MakeChannel(std::string* error) {
  const std::string ca_file = absl::GetFlag(FLAGS_tls_ca_file);
  const std::string cert_file = absl::GetFlag(FLAGS_tls_cert_file);
  const std::string key_file = absl::GetFlag(FLAGS_tls_key_file);
  const std::string server_name = absl::GetFlag(FLAGS_tls_server_name);
  const bool tls_details =
      !ca_file.empty() || !cert_file.empty() || !key_file.empty() || !server_name.empty();
  if (Specified("tls") && !absl::GetFlag(FLAGS_tls) && tls_details) {
    *error = "--notls contradicts the --tls_* flags given";
    return nullptr;
  }
  g_tls = absl::GetFlag(FLAGS_tls) || tls_details;
  grpc::ChannelArguments args;
  if (!g_tls) {
    return grpc::CreateCustomChannel(absl::GetFlag(FLAGS_target),
                                     grpc::InsecureChannelCredentials(), args);
  }
  if (cert_file.empty() != key_file.empty()) {
    *error = cert_file.empty() ? "--tls_key_file needs --tls_cert_file"
                               : "--tls_cert_file needs --tls_key_file";
    return nullptr;
  }
  grpc::SslCredentialsOptions options;  // empty roots: the system's
  using dhad::kPemCertificate;
  using dhad::kPemPrivateKey;
  using dhad::ReadPemFile;
  if (!ca_file.empty() &&
      !ReadPemFile("tls_ca_file", ca_file, kPemCertificate, &options.pem_root_certs, error)) {
    return nullptr;
  }
  if (!cert_file.empty() &&
      (!ReadPemFile("tls_cert_file", cert_file, kPemCertificate, &options.pem_cert_chain, error) ||
       !ReadPemFile("tls_key_file", key_file, kPemPrivateKey, &options.pem_private_key, error))) {
    return nullptr;
  }
  if (!server_name.empty()) args.SetSslTargetNameOverride(server_name);
  return grpc::CreateCustomChannel(absl::GetFlag(FLAGS_target), grpc::SslCredentials(options),
                                   args);
}

void SetDeadline(grpc::ClientContext* ctx) {
  ctx->set_deadline(std::chrono::system_clock::now() +
                    absl::ToChronoNanoseconds(absl::GetFlag(FLAGS_deadline)));
}

int Failed(const grpc::Status& status) {
  std::fprintf(stderr, "dhad: call failed: %s: %s\n",
               dhad::StatusCodeName(status.error_code()), status.error_message().c_str());
  if (g_tls && status.error_code() == grpc::StatusCode::UNAVAILABLE) {
    std::fputs(kTlsHint, stderr);
  }
  return 1;
}

void PrintJson(const google::protobuf::Message& m) {
  std::string json;
  google::protobuf::util::JsonPrintOptions opts;
  opts.preserve_proto_field_names = false;
  (void)google::protobuf::util::MessageToJsonString(m, &json, opts);
  std::printf("%s\n", json.c_str());
}

std::string SpanText(const v1::Span& s) {
  return absl::StrFormat("[%u,%u)", s.start(), s.end());
}

const char* KindName(v1::QuoteKind k) {
  switch (k) {
    case v1::QUOTE_KIND_DIRECT:
      return "direct";
    case v1::QUOTE_KIND_PARTIAL:
      return "partial";
    case v1::QUOTE_KIND_INDIRECT:
      return "indirect";
    default:
      return "unspecified";
  }
}


void PrintNormalized(const v1::NormalizeResponse& r) {
  std::printf("%s\n", r.text().c_str());
  if (r.alignment_size() > 0) {
    std::printf("alignment:");
    for (uint32_t a : r.alignment()) std::printf(" %u", a);
    std::printf("\n");
  }
}

void PrintSentences(const google::protobuf::RepeatedPtrField<v1::Sentence>& sentences) {
  int i = 0;
  for (const v1::Sentence& s : sentences) {
    std::printf("%3d %-12s %s\n", ++i, SpanText(s.span()).c_str(), s.text().c_str());
  }
  if (sentences.empty()) std::printf("(no sentences)\n");
}

void PrintQuotes(const google::protobuf::RepeatedPtrField<v1::Quote>& quotes) {
  int i = 0;
  for (const v1::Quote& q : quotes) {
    std::printf("%d. [%s, confidence %.2f] %s\n", ++i, KindName(q.kind()), q.confidence(),
                q.content_text().c_str());
    std::printf("   speaker: %s", q.has_speaker() ? q.speaker_text().c_str() : "(implicit)");
    if (!q.speaker_resolved().empty() && q.speaker_resolved() != q.speaker_text()) {
      std::printf("  ->  %s", q.speaker_resolved().c_str());
    }
    std::printf("\n   cue: %s\n", q.has_cue() ? q.cue_text().c_str() : "(none)");
  }
  if (quotes.empty()) std::printf("(no quotes)\n");
}

using dhad::FormatNumber;

void PrintNumbers(const google::protobuf::RepeatedPtrField<v1::NumberMention>& numbers) {
  for (const v1::NumberMention& n : numbers) {
    std::string line = absl::StrFormat("%-12s %-9s %s", SpanText(n.span()).c_str(),
                                       dhad::NumberKindName(n.kind()), n.text().c_str());
    if (n.has_value()) absl::StrAppend(&line, "  = ", FormatNumber(n.value()));
    if (n.has_min() || n.has_max()) {
      absl::StrAppend(&line, "  in ", n.has_min() && n.min_inclusive() ? "[" : "(",
                      n.has_min() ? FormatNumber(n.min()) : "-inf", ", ",
                      n.has_max() ? FormatNumber(n.max()) : "+inf",
                      n.has_max() && n.max_inclusive() ? "]" : ")");
    }
    if (n.approximate()) absl::StrAppend(&line, "  (approximate)");
    std::printf("%s\n", line.c_str());
  }
  if (numbers.empty()) std::printf("(no numbers)\n");
}

int RunHealth(const std::shared_ptr<grpc::Channel>& channel, bool json) {
  auto stub = grpc::health::v1::Health::NewStub(channel);
  grpc::health::v1::HealthCheckRequest req;
  req.set_service(absl::GetFlag(FLAGS_service));
  grpc::health::v1::HealthCheckResponse resp;
  grpc::ClientContext ctx;
  SetDeadline(&ctx);
  grpc::Status st = stub->Check(&ctx, req, &resp);
  if (!st.ok()) return Failed(st);
  if (json) {
    PrintJson(resp);
  } else {
    std::printf("%s\n", grpc::health::v1::HealthCheckResponse::ServingStatus_Name(resp.status()).c_str());
  }
  return resp.status() == grpc::health::v1::HealthCheckResponse::SERVING ? 0 : 1;
}

// `dhad frame METHOD`: the request body h2load sends (gRPC length-prefixed
// message framing: one flag byte, four length bytes, the message).
int RunFrame(const std::vector<std::string>& args) {
  if (args.size() != 1) return UsageError("frame takes one METHOD");
  const std::string& method = args[0];
  std::string text, error, message;
  if (method != "health" && !ReadInput(&text, &error)) return UsageError(error);
  if (method == "health") {
    grpc::health::v1::HealthCheckRequest req;
    message = req.SerializeAsString();
  } else if (method == "normalize") {
    v1::NormalizeRequest req;
    req.set_text(text);
    if (!ParseOptions(req.mutable_options(), &error)) return UsageError(error);
    message = req.SerializeAsString();
  } else if (method == "segment") {
    v1::SegmentSentencesRequest req;
    req.set_text(text);
    message = req.SerializeAsString();
  } else if (method == "quotes") {
    v1::ExtractQuotesRequest req;
    req.set_text(text);
    message = req.SerializeAsString();
  } else if (method == "numbers") {
    v1::ParseNumbersRequest req;
    req.set_text(text);
    message = req.SerializeAsString();
  } else if (method == "analyze") {
    v1::AnalyzeRequest req;
    req.set_text(text);
    message = req.SerializeAsString();
  } else {
    return UsageError(absl::StrCat("frame: unknown METHOD '", method, "'"));
  }
  const uint32_t n = static_cast<uint32_t>(message.size());
  const char prefix[5] = {0, static_cast<char>(n >> 24), static_cast<char>(n >> 16),
                          static_cast<char>(n >> 8), static_cast<char>(n)};
  std::fwrite(prefix, 1, 5, stdout);
  std::fwrite(message.data(), 1, message.size(), stdout);
  return 0;
}

int RunBulkAnalyze(const std::shared_ptr<grpc::Channel>& channel,
                   std::vector<std::string> files) {
  std::string error;
  const std::string dir = absl::GetFlag(FLAGS_dir);
  if (!dir.empty()) {
    std::vector<std::string> under = dhad::FilesUnder(dir, &error);
    if (!error.empty()) return UsageError(error);
    files.insert(files.end(), under.begin(), under.end());
  }
  dhad::BulkOptions options;
  options.files = std::move(files);
  if (!ParseOptions(&options.normalize_options, &error)) return UsageError(error);
  const std::string out = absl::GetFlag(FLAGS_out);
  if (!out.empty()) {
    options.out = std::fopen(out.c_str(), "w");
    if (options.out == nullptr) return UsageError(absl::StrCat("cannot write ", out));
  }
  options.progress = isatty(2);
  options.include_alignment = absl::GetFlag(FLAGS_alignment);
  if (g_tls) options.unavailable_hint = kTlsHint;
  const int rc = dhad::RunBulk(channel, options);
  if (options.out != stdout) std::fclose(options.out);
  return rc;
}

// `dhad render`: one Analyze call per document, then one HTML page on
// --out or standard output. One document (--text, --file, standard input): a
// failed call is reported as analyze reports it (exit 1, no page). Several
// (--dir, FILE...): a document that fails is named on standard error and
// shown with its error in the page, the others are rendered, and the exit
// status is 1.
int RunRender(const std::shared_ptr<grpc::Channel>& channel, std::vector<std::string> files,
              bool many) {
  std::string error;
  v1::NormalizeOptions options;
  if (!ParseOptions(&options, &error)) return UsageError(error);
  const std::string dir = absl::GetFlag(FLAGS_dir);
  if (!dir.empty()) {
    std::vector<std::string> under = dhad::FilesUnder(dir, &error);
    if (!error.empty()) return UsageError(error);
    files.insert(files.end(), under.begin(), under.end());
  }
  auto stub = v1::TextAnalyzer::NewStub(channel);
  auto analyze = [&](dhad::RenderDocument* doc) {
    v1::AnalyzeRequest req;
    req.set_text(doc->text);
    req.set_id(doc->name);
    *req.mutable_normalize_options() = options;
    grpc::ClientContext ctx;
    SetDeadline(&ctx);
    return stub->Analyze(&ctx, req, &doc->response);
  };
  std::vector<dhad::RenderDocument> docs;
  int rc = 0;
  if (!many) {
    dhad::RenderDocument doc;
    if (!ReadInput(&doc.text, &error)) return UsageError(error);
    const std::string file = absl::GetFlag(FLAGS_file);
    if (!Specified("text") && file != "-") doc.name = file;
    grpc::Status st = analyze(&doc);
    if (!st.ok()) return Failed(st);
    docs.push_back(std::move(doc));
  } else {
    bool hinted = false;
    for (const std::string& file : files) {
      dhad::RenderDocument doc;
      doc.name = file;
      std::ifstream in(file, std::ios::binary);
      std::stringstream ss;
      if (in) ss << in.rdbuf();
      if (!in) {
        doc.error = "cannot read the file";
        std::fprintf(stderr, "dhad: %s: cannot read\n", file.c_str());
        rc = 1;
      } else {
        doc.text = ss.str();
        grpc::Status st = analyze(&doc);
        if (!st.ok()) {
          doc.error = absl::StrCat(dhad::StatusCodeName(st.error_code()), ": ",
                                   st.error_message());
          doc.text.clear();
          std::fprintf(stderr, "dhad: %s: call failed: %s\n", file.c_str(), doc.error.c_str());
          if (g_tls && st.error_code() == grpc::StatusCode::UNAVAILABLE && !hinted) {
            std::fputs(kTlsHint, stderr);
            hinted = true;
          }
          rc = 1;
        }
      }
      docs.push_back(std::move(doc));
    }
  }
  std::string title = "dhad";
  if (docs.size() == 1 && !docs[0].name.empty()) absl::StrAppend(&title, ": ", docs[0].name);
  if (docs.size() > 1) absl::StrAppend(&title, ": ", docs.size(), " documents");
  const std::string page = dhad::RenderPage(title, docs);
  const std::string out = absl::GetFlag(FLAGS_out);
  FILE* f = out.empty() ? stdout : std::fopen(out.c_str(), "w");
  if (f == nullptr) return UsageError(absl::StrCat("cannot write ", out));
  const bool written = std::fwrite(page.data(), 1, page.size(), f) == page.size() &&
                       std::fflush(f) == 0;
  if ((f != stdout && std::fclose(f) != 0) || !written) {
    std::fprintf(stderr, "dhad: cannot write the page to %s\n",
                 out.empty() ? "standard output" : out.c_str());
    return 1;
  }
  return rc;
}

int Run(const std::string& command, const std::vector<std::string>& args) {
  if (command == "frame") return RunFrame(args);
  const bool many = (command == "analyze" || command == "render") &&
                    (!args.empty() || Specified("dir"));
  const bool bulk = command == "analyze" && many;
  if (!args.empty() && !many) {
    return UsageError(absl::StrCat("unexpected argument '", args[0], "'"));
  }
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format != "text" && format != "json") {
    return UsageError(absl::StrCat("--format must be text or json, not '", format, "'"));
  }
  const bool json = format == "json";
  const std::vector<std::string> known = {"normalize", "segment", "quotes", "numbers",
                                          "analyze",   "render",  "health"};
  if (std::find(known.begin(), known.end(), command) == known.end()) {
    return UsageError(absl::StrCat("unknown command '", command, "'"));
  }
  std::string channel_error;
  std::shared_ptr<grpc::Channel> channel = MakeChannel(&channel_error);
  if (channel == nullptr) return UsageError(channel_error);
  if (command == "health") return RunHealth(channel, json);
  if (command == "render") return RunRender(channel, args, many);
  if (bulk) return RunBulkAnalyze(channel, args);

  std::string text, error;
  if (!ReadInput(&text, &error)) return UsageError(error);
  auto stub = v1::TextAnalyzer::NewStub(channel);
  grpc::ClientContext ctx;
  SetDeadline(&ctx);

  if (command == "normalize") {
    v1::NormalizeRequest req;
    req.set_text(text);
    if (!ParseOptions(req.mutable_options(), &error)) return UsageError(error);
    req.set_include_alignment(absl::GetFlag(FLAGS_alignment));
    v1::NormalizeResponse resp;
    grpc::Status st = stub->Normalize(&ctx, req, &resp);
    if (!st.ok()) return Failed(st);
    json ? PrintJson(resp) : PrintNormalized(resp);
  } else if (command == "segment") {
    v1::SegmentSentencesRequest req;
    req.set_text(text);
    v1::SegmentSentencesResponse resp;
    grpc::Status st = stub->SegmentSentences(&ctx, req, &resp);
    if (!st.ok()) return Failed(st);
    json ? PrintJson(resp) : PrintSentences(resp.sentences());
  } else if (command == "quotes") {
    v1::ExtractQuotesRequest req;
    req.set_text(text);
    v1::ExtractQuotesResponse resp;
    grpc::Status st = stub->ExtractQuotes(&ctx, req, &resp);
    if (!st.ok()) return Failed(st);
    json ? PrintJson(resp) : PrintQuotes(resp.quotes());
  } else if (command == "numbers") {
    v1::ParseNumbersRequest req;
    req.set_text(text);
    v1::ParseNumbersResponse resp;
    grpc::Status st = stub->ParseNumbers(&ctx, req, &resp);
    if (!st.ok()) return Failed(st);
    json ? PrintJson(resp) : PrintNumbers(resp.numbers());
  } else if (command == "analyze") {
    v1::AnalyzeRequest req;
    req.set_text(text);
    req.set_id(absl::GetFlag(FLAGS_id));
    req.set_include_alignment(absl::GetFlag(FLAGS_alignment));
    if (!ParseOptions(req.mutable_normalize_options(), &error)) return UsageError(error);
    v1::AnalyzeResponse resp;
    grpc::Status st = stub->Analyze(&ctx, req, &resp);
    if (!st.ok()) return Failed(st);
    if (json) {
      PrintJson(resp);
    } else {
      std::printf("== normalized\n");
      PrintNormalized(resp.normalized());
      std::printf("== sentences\n");
      PrintSentences(resp.sentences());
      std::printf("== quotes\n");
      PrintQuotes(resp.quotes());
      std::printf("== numbers\n");
      PrintNumbers(resp.numbers());
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  absl::FlagsUsageConfig usage_config;
  usage_config.contains_help_flags = [](absl::string_view file) {
    return absl::EndsWith(file, "client/main.cc");
  };
  usage_config.contains_helpshort_flags = usage_config.contains_help_flags;
  usage_config.normalize_filename = [](absl::string_view file) {
    const size_t at = file.rfind("client/");
    return std::string(at == absl::string_view::npos ? file : file.substr(at));
  };
  absl::SetFlagsUsageConfig(usage_config);
  absl::SetProgramUsageMessage(kUsage);
  RecordGivenFlags(argc, argv);
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);
  if (args.size() < 2) return UsageError("missing COMMAND");
  return Run(args[1], std::vector<std::string>(args.begin() + 2, args.end()));
}
