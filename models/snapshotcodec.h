#pragma once

#include "auditdata.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ftmodels {

// What a snapshot keeps of an audit, as bytes: the people (no phone numbers or pictures), their
// account roles, direct memberships, the destinations, connections, roles and teams, from
// which the effective access and its reasons are worked out again exactly as the audit did.
// Every text goes once into a table and is named by its number after that (a role name is
// written once, not once per grant), and the whole is compressed: about 20 bytes a grant for a
// large account. A blob that is cut short, altered or from a newer format is refused, never
// read half.
class SnapshotCodec
{
public:
    static QByteArray encode(const AuditData &data);
    // nullopt with the reason in *error when `bytes` is not a snapshot this program reads.
    static std::optional<AuditData> decode(const QByteArray &bytes, QString *error);
};

} // namespace ftmodels
