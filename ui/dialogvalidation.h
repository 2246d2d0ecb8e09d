#pragma once

#include <QString>

namespace ftui {

// Checks the dialogs run before anything is sent, each returning what is wrong in plain words
// or an empty string when the value is fine. The limits are the console's own, stricter than
// the service's (a 100-character name is already unusual; the service takes 256).
namespace DialogValidation {

constexpr int kMaxNameLength = 100;
constexpr int kMaxEmailLength = 254; // the longest address SMTP can carry
constexpr int kMaxPhoneLength = 40;
constexpr int kMaxPictureUrlLength = 2048;
constexpr int kMaxPictureDataLength = 256 * 1024; // the service's cap for a data: URI

// "ann@example.com": one @, something before it, a dotted domain after it, no spaces.
QString emailProblem(const QString &email);
enum class Name { Given, Family };
// A given or family name: required, at most kMaxNameLength characters, no line breaks. Each
// field has sentences of its own: a translated word put into a sentence reads wrong.
QString nameProblem(const QString &name, Name which);
// Optional: digits, spaces and + ( ) - . / only, with at least a few digits.
QString phoneProblem(const QString &phone);
// Optional: an http(s) URL or a data:image/... URI.
QString pictureProblem(const QString &picture);

} // namespace DialogValidation

} // namespace ftui
