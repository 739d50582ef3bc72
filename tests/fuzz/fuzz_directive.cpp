// libFuzzer target for directive files (model/detection/directivereader.*): the files a user imports in the
// Directives dialog and the definitions a project keeps. The reader promises that a directive it accepts can
// be used without further checks, so an accepted directive is also compiled into a detector, run over a few
// titles, given its milestone calendar and written back, and what is written must read again as the same
// directive.
#include "model/detection/detector.h"
#include "model/detection/directivecatalog.h"
#include "model/detection/directivereader.h"
#include "model/detection/milestonecalendar.h"
#include "model/detection/titleevidence.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

using namespace uproot;

namespace {

void use(const QList<Directive> &directives)
{
    QString error;
    const Detector detector(directives, &error);
    for (const TitleEvidence &title :
         {TitleEvidence{QStringLiteral("Kaspersky Endpoint Security for Windows"),
                        QStringLiteral("AO Kaspersky Lab"), QStringLiteral("11.0")},
          TitleEvidence{QStringLiteral("Hikvision DS-2CD2042WD"), QStringLiteral("Hikvision")},
          TitleEvidence{QStringLiteral("7-Zip"), QStringLiteral("Igor Pavlov"), QStringLiteral("19.00")}}) {
        for (const DetectionResult &r : detector.evaluate(title))
            (void)r;
    }
    for (const Directive &d : directives)
        (void)MilestoneCalendar::compute(d);
    // What the program writes it must read back: the same directives, in the same order.
    QString again;
    const auto reread =
        DirectiveReader::read(DirectiveCatalog::toBytes(directives), QStringLiteral("rewritten"), &again);
    if (!reread || reread->size() != directives.size())
        std::abort();
    for (qsizetype i = 0; i < directives.size(); ++i) {
        if (reread->at(i).id != directives.at(i).id ||
            reread->at(i).rules.size() != directives.at(i).rules.size())
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_directive";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // translations and the resource system
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QList<Directive>> directives =
        DirectiveReader::read(bytes, QStringLiteral("fuzz.json"), &error);
    if (!directives) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    use(*directives);
    return 0;
}
