#pragma once

#include "sandboxtypes.h"

#include <QVector>

namespace ftsandbox {

// The roles GET /roles answers: the account, destination and connection roles of API.md, the
// legacy ones (deprecated, with their replacement), two custom roles and two TEAM roles.
QVector<SandboxRole> defaultSandboxRoles();

} // namespace ftsandbox
