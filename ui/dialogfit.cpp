#include "dialogfit.h"

#include <QLabel>
#include <QLayout>
#include <QWidget>

namespace ftui {

void fitHeightToWords(QWidget *dialog)
{
    // A window's minimum size ignores height-for-width, and the form layout's falls short for
    // wrapped words inside a field (an error under it, a role's description): each wrapped
    // label is held at the height its words need at the width it has, then the dialog takes
    // the height of its contents, growing for a message and shrinking back once it goes.
    static bool fitting = false; // the layout requests it sets off come back here
    QLayout *top = dialog->layout();
    if (!top || fitting)
        return;
    fitting = true;
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    for (int round = 0; round < 4; ++round) {
        bool changed = false;
        for (QLabel *label : labels) {
            if (!label->wordWrap() || !label->isVisibleTo(dialog))
                continue;
            // An emptied label gives its lines back.
            const int needed =
                label->text().isEmpty() ? 0 : qMax(0, label->heightForWidth(label->width()));
            if (needed != label->minimumHeight()) {
                label->setMinimumHeight(needed);
                changed = true;
            }
        }
        if (!changed)
            break;
        top->activate(); // lays the labels out at their new heights
    }
    const int wanted = top->hasHeightForWidth() ? top->totalHeightForWidth(dialog->width())
                                                : top->totalSizeHint().height();
    const int fitted =
        qMin(qMax(wanted, top->totalMinimumSize().height()), dialog->maximumHeight());
    // Held as the minimum too: the person may make the dialog taller, never shorter than its
    // words (the layout's own minimum would not count the wrapped lines).
    dialog->setMinimumHeight(fitted);
    if (fitted != dialog->height())
        dialog->resize(dialog->width(), fitted);
    fitting = false;
}

} // namespace ftui
