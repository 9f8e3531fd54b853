#include "client/bulk.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <map>
#include <filesystem>
#include <mutex>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "base/utf8.h"
#include "client/json_writer.h"
#include "dhad/v1/text_analyzer.grpc.pb.h"

namespace dhad {
namespace {

using Clock = std::chrono::steady_clock;

std::string JsonString(absl::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

// The state of one bulk run, shared by the writer thread and the reader.
class BulkRun {
 public:
  BulkRun(const std::shared_ptr<grpc::Channel>& channel, const BulkOptions& options)
      : channel_(channel),
        // The answers are read as bytes and turned into JSON in place
        // (client/response_view.h); the requests are written as messages.
        analyze_stream_(kAnalyzeStream, grpc::internal::RpcMethod::BIDI_STREAMING, channel),
        options_(options) {
    sizes_.reserve(options.files.size());
    for (const std::string& f : options.files) {
      std::error_code ec;
      const auto size = std::filesystem::file_size(f, ec);
      sizes_.push_back(ec ? 0 : static_cast<uint64_t>(size));
      total_bytes_ += sizes_.back();
    }
  }

  int Run() {
    // Lines of tens of kilobytes: a large buffer turns thousands of writes
    // into a few dozen. A terminal still sees each line at once.
    if (!isatty(fileno(options_.out))) std::setvbuf(options_.out, nullptr, _IOFBF, 1 << 20);
    start_ = Clock::now();
    size_t next = 0;
    const size_t n = options_.files.size();
    while (next < n) next = RunStream(next);
    FlushUpTo(n);
    if (options_.progress) std::fprintf(stderr, "\r\033[K");
    errno = 0;
    if (std::fflush(options_.out) != 0 || std::ferror(options_.out)) {
      std::fprintf(stderr, "dhad: writing the results failed: %s\n",
                   errno != 0 ? std::strerror(errno) : "a write error occurred");
      return 1;
    }
    const double secs = std::chrono::duration<double>(Clock::now() - start_).count();
    std::fprintf(stderr,
                 "dhad: analyzed %zu documents (%.1f MB) in %.2f s, %.1f MB/s; %zu failed\n",
                 n - failed_, done_bytes_ / 1e6, secs, secs > 0 ? done_bytes_ / 1e6 / secs : 0.0,
                 failed_);
    return failed_ == 0 ? 0 : 1;
  }

 private:
  // Sends documents [first, n) on one stream; returns where the next stream
  // starts (n when all went through, or one past a document that failed).
  size_t RunStream(size_t first) {
    grpc::ClientContext ctx;
    std::unique_ptr<grpc::ClientReaderWriter<v1::AnalyzeRequest, grpc::ByteBuffer>> stream(
        grpc::internal::ClientReaderWriterFactory<v1::AnalyzeRequest, grpc::ByteBuffer>::Create(
            channel_.get(), analyze_stream_, &ctx));
    std::deque<size_t> sent;
    std::mutex mu;
    std::thread writer([&] {
      for (size_t i = first; i < options_.files.size(); ++i) {
        v1::AnalyzeRequest req;
        std::string error;
        if (!Read(options_.files[i], req.mutable_text(), &error)) {
          std::lock_guard<std::mutex> lock(mu);
          local_errors_[i] = error;
          continue;
        }
        req.set_id(std::to_string(i));
        req.set_include_alignment(options_.include_alignment);
        *req.mutable_normalize_options() = options_.normalize_options;
        {
          std::lock_guard<std::mutex> lock(mu);
          sent.push_back(i);
        }
        if (!stream->Write(req)) return;  // the stream ended; Finish tells why
      }
      stream->WritesDone();
    });
    grpc::ByteBuffer answer;
    grpc::Slice slice;
    AnalyzeResponseView view;
    v1::AnalyzeResponse resp;
    std::string line;
    while (stream->Read(&answer)) {
      size_t i;
      {
        std::lock_guard<std::mutex> lock(mu);
        i = sent.front();
        sent.pop_front();
        FlushUpTo(i);
      }
      if (!answer.TrySingleSlice(&slice).ok() && !answer.DumpToSingleSlice(&slice).ok()) {
        WriteError(i, "INTERNAL", "the server's answer could not be read");
        continue;
      }
      const absl::string_view bytes(reinterpret_cast<const char*>(slice.begin()), slice.size());
      line.clear();
      // The answer as dhad-server writes it: turned into JSON in place.
      bool written = false;
      if (view.Parse(bytes)) {
        view.set_id(options_.files[i]);
        written = AppendJson(view, &line);
      }
      if (!written) {
        // Otherwise (another encoding, or a string that is not UTF-8)
        // protobuf reads it and decides.
        line.clear();
        if (!resp.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
          WriteError(i, "INTERNAL", "the server's answer is not a valid AnalyzeResponse");
          continue;
        }
        resp.set_id(options_.files[i]);
        AppendJson(resp, &line);
      }
      line.push_back('\n');
      std::fwrite(line.data(), 1, line.size(), options_.out);
      Done(i);
    }
    // A writer still writing sees Write fail once the server has ended the
    // stream, so it stops by itself.
    const grpc::Status status = stream->Finish();
    writer.join();
    std::lock_guard<std::mutex> lock(mu);
    if (status.ok() || sent.empty()) {
      if (!status.ok() && sent.empty() && status.error_code() != grpc::StatusCode::CANCELLED) {
        // The stream failed with nothing outstanding (e.g. the server is down).
        Fatal(status, first);
        return options_.files.size();
      }
      return options_.files.size();
    }
    const size_t bad = sent.front();
    FlushUpTo(bad);
    WriteError(bad, StatusCodeName(status.error_code()), status.error_message());
    if (status.error_code() == grpc::StatusCode::UNAVAILABLE ||
        status.error_code() == grpc::StatusCode::UNIMPLEMENTED) {
      Fatal(status, bad + 1);  // the server cannot serve the rest either
      return options_.files.size();
    }
    return bad + 1;
  }

  // One open, fstat, read and close per document (reading is a fair share of
  // the client's system time on a VM, where each system call is costly).
  bool Read(const std::string& path, std::string* text, std::string* error) {
    const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
      *error = absl::StrCat("cannot read the file: ", std::strerror(errno));
      if (fd >= 0) close(fd);
      return false;
    }
    // The size is a hint (the file may change meanwhile): read to the end.
    text->resize(static_cast<size_t>(st.st_size) + 1);
    size_t n = 0;
    for (;;) {
      if (n == text->size()) text->resize(text->size() * 2);
      const ssize_t r = read(fd, text->data() + n, text->size() - n);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) {
        *error = absl::StrCat("cannot read the file: ", std::strerror(errno));
        close(fd);
        return false;
      }
      if (r == 0) break;
      n += static_cast<size_t>(r);
    }
    close(fd);
    text->resize(n);
    const int64_t bad = FindInvalidUtf8(*text);
    if (bad >= 0) {
      *error = absl::StrCat("not valid UTF-8 at byte offset ", bad);
      return false;
    }
    return true;
  }

  // Writes the local errors of documents before `i` that were never sent.
  void FlushUpTo(size_t i) {
    while (!local_errors_.empty() && local_errors_.begin()->first < i) {
      WriteError(local_errors_.begin()->first, "INVALID_ARGUMENT",
                 local_errors_.begin()->second);
      local_errors_.erase(local_errors_.begin());
    }
  }

  void Fatal(const grpc::Status& status, size_t from) {
    if (status.error_code() == grpc::StatusCode::UNAVAILABLE &&
        !options_.unavailable_hint.empty() && !hinted_) {
      hinted_ = true;
      std::fputs(options_.unavailable_hint.c_str(), stderr);
    }
    for (size_t i = from; i < options_.files.size(); ++i) {
      FlushUpTo(i);
      if (local_errors_.count(i) == 0) {
        WriteError(i, StatusCodeName(status.error_code()), status.error_message());
      }
    }
  }

  void WriteError(size_t i, absl::string_view code, absl::string_view message) {
    std::fprintf(options_.out, "{\"id\":%s,\"error\":{\"code\":\"%s\",\"message\":%s}}\n",
                 JsonString(options_.files[i]).c_str(), std::string(code).c_str(),
                 JsonString(message).c_str());
    if (options_.progress) std::fprintf(stderr, "\r\033[K");
    std::fprintf(stderr, "dhad: %s: %s: %s\n", options_.files[i].c_str(),
                 std::string(code).c_str(), std::string(message).c_str());
    ++failed_;
    Done(i);
  }

  void Done(size_t i) {
    ++done_docs_;
    done_bytes_ += static_cast<double>(sizes_[i]);
    if (!options_.progress) return;
    const auto now = Clock::now();
    if (now - last_progress_ < std::chrono::milliseconds(100) &&
        done_docs_ != options_.files.size())
      return;
    last_progress_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double rate = secs > 0 ? done_bytes_ / secs : 0;
    const double eta = rate > 0 ? (static_cast<double>(total_bytes_) - done_bytes_) / rate : 0;
    const int width = 24;
    const int filled = total_bytes_ > 0
                           ? static_cast<int>(width * done_bytes_ / static_cast<double>(total_bytes_))
                           : width;
    std::fprintf(stderr, "\r\033[K[%s%s] %zu/%zu docs  %.1f/%.1f MB  %.1f MB/s  ETA %d:%02d",
                 std::string(static_cast<size_t>(std::min(filled, width)), '#').c_str(),
                 std::string(static_cast<size_t>(width - std::min(filled, width)), '.').c_str(),
                 done_docs_, options_.files.size(), done_bytes_ / 1e6, total_bytes_ / 1e6,
                 rate / 1e6, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    std::fflush(stderr);
  }

  static constexpr char kAnalyzeStream[] = "/dhad.v1.TextAnalyzer/AnalyzeStream";
  std::shared_ptr<grpc::Channel> channel_;
  grpc::internal::RpcMethod analyze_stream_;
  const BulkOptions& options_;
  std::vector<uint64_t> sizes_;
  uint64_t total_bytes_ = 0;
  std::map<size_t, std::string> local_errors_;
  size_t done_docs_ = 0;
  double done_bytes_ = 0;
  size_t failed_ = 0;
  bool hinted_ = false;
  Clock::time_point start_;
  Clock::time_point last_progress_;
};

}  // namespace

const char* StatusCodeName(grpc::StatusCode code) {
  static const char* kNames[] = {"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT",
                                 "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
                                 "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
                                 "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
                                 "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
                                 "UNAUTHENTICATED"};
  const int c = static_cast<int>(code);
  return c >= 0 && c < 17 ? kNames[c] : "UNKNOWN";
}

std::vector<std::string> FilesUnder(const std::string& dir, std::string* error) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    *error = absl::StrCat(dir, " is not a directory");
    return out;
  }
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file()) out.push_back(it->path().string());
  }
  if (ec) *error = absl::StrCat("cannot list ", dir, ": ", ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

int RunBulk(const std::shared_ptr<grpc::Channel>& channel, const BulkOptions& options) {
  BulkRun run(channel, options);
  return run.Run();
}

}  // namespace dhad
