#include "themecolours.h"

namespace ftui {

using namespace Qt::StringLiterals;

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor textColour(TextTone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case TextTone::Secondary:
        return palette.color(QPalette::PlaceholderText);
    case TextTone::Caution:
        return dark ? QColor(0xf2, 0xc9, 0x4c) : QColor(0x8a, 0x6d, 0x00);
    case TextTone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb4, 0x23, 0x18);
    }
    return palette.color(QPalette::WindowText);
}

QString textStyle(TextTone tone, const QPalette &palette)
{
    return u"color: "_s + textColour(tone, palette).name(QColor::HexRgb) + u';';
}

} // namespace ftui
