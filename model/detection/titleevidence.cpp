#include "model/detection/titleevidence.h"

#include <array>
#include <utility>

namespace uproot {

namespace {

const std::array<std::pair<TitleKind, QLatin1String>, 6> kKinds{{
    {TitleKind::Unknown, QLatin1String("unknown")},
    {TitleKind::Software, QLatin1String("software")},
    {TitleKind::Package, QLatin1String("package")},
    {TitleKind::App, QLatin1String("app")},
    {TitleKind::Component, QLatin1String("component")},
    {TitleKind::Hardware, QLatin1String("hardware")},
}};

} // namespace

QString toString(TitleKind kind)
{
    for (const auto &[value, spelling] : kKinds) {
        if (value == kind)
            return spelling;
    }
    return QLatin1String("unknown");
}

std::optional<TitleKind> titleKindFromString(const QString &text)
{
    for (const auto &[value, spelling] : kKinds) {
        if (text == spelling)
            return value;
    }
    return std::nullopt;
}

} // namespace uproot
