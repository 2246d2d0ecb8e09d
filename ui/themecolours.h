#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

namespace ftui {

// Text colours for notes, warnings and errors, taken from the palette in use so they keep
// their contrast on light and dark windows alike: widgets ask here instead of writing hex
// colours into style sheets. Secondary text is the palette's PlaceholderText role; caution and
// error, which have no role, are a dark tone on a light window and a light tone on a dark one.
enum class TextTone { Secondary, Caution, Error };

bool isDarkPalette(const QPalette &palette = QGuiApplication::palette());
QColor textColour(TextTone tone, const QPalette &palette = QGuiApplication::palette());
QString textStyle(TextTone tone,
                  const QPalette &palette = QGuiApplication::palette()); // "color: #rrggbb;"

} // namespace ftui
