// Reading the PEM files named by the --tls_* flags of dhad-server and of the
// dhad client, with errors that name the flag and the file.

#ifndef DHAD_BASE_PEM_FILE_H_
#define DHAD_BASE_PEM_FILE_H_

#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"

namespace dhad {

// PEM markers a file of each kind must hold.
inline constexpr absl::string_view kPemCertificate = "-----BEGIN CERTIFICATE-----";
inline constexpr absl::string_view kPemPrivateKey = "PRIVATE KEY-----";

// Reads the whole file `path`, given by --`flag`, into `*pem`. Returns false
// and sets `*error` (naming the flag and the file) when it cannot be read or
// does not contain `expected`.
inline bool ReadPemFile(const char* flag, const std::string& path, absl::string_view expected,
                        std::string* pem, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = absl::StrCat("--", flag, ": cannot read ", path);
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();  // a directory reads as empty: "holds no PEM" below
  *pem = ss.str();
  if (pem->find(std::string(expected)) == std::string::npos) {
    *error = absl::StrCat("--", flag, ": ", path, " holds no PEM '", expected, "' block");
    return false;
  }
  return true;
}

}  // namespace dhad

#endif  // DHAD_BASE_PEM_FILE_H_
