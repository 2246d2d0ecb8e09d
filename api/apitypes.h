#pragma once

// Convenience: every value type of the API layer.
#include "apierror.h"
#include "apiresult.h"
#include "connection.h"
#include "group.h"
#include "membership.h"
#include "newuser.h"
#include "page.h"
#include "role.h"
#include "team.h"
#include "teamgrant.h"
#include "teammember.h"
#include "user.h"
#include "userupdate.h"
