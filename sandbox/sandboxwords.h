#pragma once

#include <QStringList>

namespace ftsandbox {

// Word lists that make seeded data look like a real account: people's names, the two-word ids
// Fivetran hands out (e.g. "nozzle_eat"), destination names and connector services.
namespace SandboxWords {
const QStringList &givenNames();
const QStringList &familyNames();
const QStringList &idFirstWords();
const QStringList &idSecondWords();
const QStringList &teams(); // first word of a destination's name
const QStringList &warehouses(); // second part of a destination's name
const QStringList &services(); // connector service ids (e.g. "salesforce")
const QStringList &schemaSuffixes();
} // namespace SandboxWords

} // namespace ftsandbox
