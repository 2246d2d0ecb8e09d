#include "plancheck.h"

namespace ftmodels {

bool PlanCheck::hasErrors() const
{
    return errorCount() > 0;
}

int PlanCheck::errorCount() const
{
    int count = 0;
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error)
            ++count;
    }
    return count;
}

int PlanCheck::warningCount() const
{
    return int(problems.size()) - errorCount();
}

int PlanCheck::inEffectCount() const
{
    int count = 0;
    for (const ChangeCheck &c : changes) {
        if (c.inEffect)
            ++count;
    }
    return count;
}

QVector<PlanProblem> PlanCheck::problemsOf(int change) const
{
    QVector<PlanProblem> found;
    for (const PlanProblem &p : problems) {
        if (p.change == change)
            found.append(p);
    }
    return found;
}

QString PlanCheck::firstError(int change) const
{
    for (const PlanProblem &p : problems) {
        if (p.severity == PlanProblem::Severity::Error && (p.change == change || p.change < 0))
            return p.text;
    }
    return {};
}

} // namespace ftmodels
