#pragma once

class QWidget;

namespace ftui {

// Gives a dialog the height its words need. A window's minimum size ignores height-for-width,
// so a word-wrapped label that gains lines (an error, a status) squeezes the fields above it
// instead of making the dialog taller. Call it on the dialog's LayoutRequest, once the layout
// has taken in what changed: the dialog grows for a message and shrinks back once it goes.
void fitHeightToWords(QWidget *dialog);

} // namespace ftui
