#include "app/cli.h"

#include "app/auditcommands.h"
#include "app/backupcommands.h"
#include "app/checkcommand.h"
#include "app/clisupport.h"
#include "app/documentcommands.h"
#include "app/plancommands.h"
#include "app/poacommands.h"
#include "app/taskcommands.h"
#include "app/teamcommands.h"
#include "app/templatecommands.h"
#include "app/terminalprogress.h"
#include "model/demo/demoproject.h"
#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectives.h"
#include "model/documents/writefailure.h"
#include "model/project/documentexport.h"
#include "model/project/project.h"
#include "model/project/tabularexport.h"
#include "model/readers/importpreset.h"
#include "model/readers/inspectjson.h"
#include "model/readers/readerfactory.h"
#include "model/store/findingsreader.h"
#include "model/store/inventoryreader.h"
#include "model/timeline/timelineprint.h"
#include "model/translation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace uproot::cli {

namespace {

UPROOT_DECLARE_TR_FUNCTION(cli)

// --header-line N: a positive line number, or the command fails with a usage error.
bool headerLineOption(const QCommandLineParser &p, ReaderOptions *options, int *code)
{
    if (!p.isSet(QStringLiteral("header-line")))
        return true;
    bool ok = false;
    const qint64 line = p.value(QStringLiteral("header-line")).toLongLong(&ok);
    if (!ok || line < 1) {
        *code = fail(BadInput, tr("--header-line wants a line number from 1, not \u201c%1\u201d")
                                   .arg(p.value(QStringLiteral("header-line"))));
        return false;
    }
    options->headerLine = line;
    return true;
}

// --header-line N and --sheet NAME, shared by import and inspect.
bool takeReaderOptions(const QCommandLineParser &p, ReaderOptions *options, int *code)
{
    if (!headerLineOption(p, options, code))
        return false;
    options->xlsx.sheet = p.value(QStringLiteral("sheet"));
    return true;
}

void addReaderOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("header-line"),
                 tr("The line (a workbook's row) the header is on, for reports with a title above it (default: the "
                    "first)."),
                 tr("N")});
    p.addOption({QStringLiteral("sheet"), tr("The worksheet of a workbook to read (default: the first visible one)."),
                 tr("NAME")});
}

int cmdNew(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("directive"), tr("Directive identifier, e.g. bod-17-01."), tr("ID")});
    p.addOption({QStringLiteral("issued"), tr("Issue date (YYYY-MM-DD) if not the directive's own."), tr("DATE")});
    p.addOption({QStringLiteral("agency"), tr("Agency name."), tr("NAME")});
    int code = Success;
    if (!parse(p, args, 1, 1, QStringLiteral("uproot new PROJECT --directive ID [--issued DATE] [--agency NAME]"),
               &code))
        return code;
    // The shipped directives and the ones the user copied or imported in the window.
    DirectiveCatalog catalog = DirectiveCatalog::builtin();
    QStringList unreadable;
    loadUserDirectives(catalog, userDirectiveFolder(), &unreadable);
    for (const QString &problem : std::as_const(unreadable))
        std::fputs(qPrintable(QStringLiteral("uproot: ") + problem + QLatin1Char('\n')), stderr);
    const QString id = p.value(QStringLiteral("directive"));
    if (id.isEmpty() || !catalog.contains(id)) {
        QStringList ids;
        for (const Directive &d : catalog.directives())
            ids << d.id;
        const QString known = ids.join(QStringLiteral(", "));
        if (id.isEmpty())
            return fail(BadInput, tr("--directive is required; one of: %1").arg(known));
        return fail(BadInput, tr("--directive: there is no directive \u201c%1\u201d; one of: %2").arg(id, known));
    }
    QDate issued;
    if (p.isSet(QStringLiteral("issued"))) {
        issued = QDate::fromString(p.value(QStringLiteral("issued")), Qt::ISODate);
        if (!issued.isValid())
            return fail(BadInput, tr("--issued: \"%1\" is not a date (YYYY-MM-DD)").arg(p.value(QStringLiteral("issued"))));
    }
    ProjectInfo info;
    info.agency = p.value(QStringLiteral("agency"));
    QString error;
    const QString path = p.positionalArguments().at(1);
    // An existing file is the user's mistake (it is never overwritten); a folder that cannot be written is not.
    const bool existed = QFileInfo::exists(path);
    if (!Project::create(path, id, issued, info, catalog, &error))
        return fail(existed ? BadInput : Failure, error);
    out(tr("created %1 following %2").arg(path, id));
    return Success;
}

int cmdImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"),
                 tr("auto (default), csv, xlsx, sccm, intune, lansweeper, ksc, osquery, cyclonedx, glpi."),
                 tr("FORMAT"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("scan-date"),
                 tr("The date of the scan the files hold (default: each file's modification date)."),
                 tr("DATE")});
    addReaderOptions(p);
    int code = Success;
    if (!parse(p, args, 2, -1,
               QStringLiteral("uproot import PROJECT FILE... [--format FORMAT] [--scan-date DATE] [--header-line N] "
                              "[--sheet NAME]"),
               &code))
        return code;
    ReaderOptions readerOptions;
    if (!takeReaderOptions(p, &readerOptions, &code))
        return code;
    QDate scanDate;
    if (!dateOption(p, QStringLiteral("scan-date"), &scanDate, &code))
        return code;
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), false, &code);
    if (!project)
        return code;
    ImportOptions options;
    options.reader = readerOptions;
    options.scanDate = scanDate;
    const QString format = p.value(QStringLiteral("format")).toLower();
    // A tool's preset name (sccm, intune, ...) chooses the column preset; the reader is still picked by content.
    if (toolPresetNames().contains(format))
        options.preset = format;
    else
        options.format = format;
    for (const QString &file : p.positionalArguments().mid(2)) {
        TerminalProgress progress(tr("importing %1").arg(QFileInfo(file).fileName()));
        ImportReport report;
        ReadError error;
        if (!project->importFile(file, options, &progress, &report, &error))
            return fail(error.projectFault ? Failure : BadInput,
                        error.message() + QLatin1Char('\n') + tr("nothing from %1 was imported").arg(file));
        out(report.summary());
    }
    return Success;
}

int cmdInspect(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), tr("Reader to use (auto by default)."), tr("FORMAT"),
                 QStringLiteral("auto")});
    addReaderOptions(p);
    int code = Success;
    if (!parse(p, args, 1, 1, QStringLiteral("uproot inspect FILE [--format FORMAT] [--header-line N] [--sheet NAME]"),
               &code))
        return code;
    ReaderOptions readerOptions;
    if (!takeReaderOptions(p, &readerOptions, &code))
        return code;
    const QString path = p.positionalArguments().at(1);
    QString error;
    std::unique_ptr<RecordReader> reader =
        openReader(path, p.value(QStringLiteral("format")), &error, readerOptions);
    if (!reader)
        return fail(BadInput, error);
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return fail(Failure, tr("cannot write to standard output"));
    const bool ok = recordsToJson(*reader, &stdoutFile, nullptr);
    if (!stdoutFile.flush() || stdoutFile.error() != QFileDevice::NoError)
        return fail(Failure, tr("cannot write to standard output: %1").arg(stdoutFile.errorString()));
    if (!ok)
        return fail(BadInput, reader->error().message());
    return Success;
}

int cmdFindings(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"), tr("csv (default) or json."), tr("FORMAT"), QStringLiteral("csv")});
    addAsOfOption(p);
    int code = Success;
    if (!parse(p, args, 1, 1, QStringLiteral("uproot findings PROJECT [--format csv|json] [--as-of DATE]"), &code))
        return code;
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(BadInput, tr("--format: \"%1\" is not csv or json").arg(p.value(QStringLiteral("format"))));
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), true, &code);
    // Scans dated after the status date do not count: a removal they verify is not yet known then.
    if (!project || !takeAsOf(p, *project, &code))
        return code;
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    QString error;
    const bool ok = format == QLatin1String("csv") ? tabularexport::findingsCsv(*project, &stdoutFile, &error)
                                                   : tabularexport::findingsJson(*project, &stdoutFile, &error);
    if (ok && !stdoutFile.flush())
        return fail(Failure, tr("cannot write to standard output: %1").arg(stdoutFile.errorString()));
    if (!ok)
        return fail(Failure, error);
    return readsSound(*project, &code) ? Success : code;
}

// The timeline's own choices: the dates it covers, the paper and the zoom (model/timeline/timelineprint.h).
void addTimelineOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("from"), tr("Timeline: the first day printed (default: the plan's first)."),
                 tr("DATE")});
    p.addOption({QStringLiteral("to"), tr("Timeline: the last day printed (default: the plan's last)."), tr("DATE")});
    p.addOption({QStringLiteral("paper"), tr("Timeline: letter (default), legal, tabloid, a4 or a3."), tr("PAPER")});
    p.addOption({QStringLiteral("portrait"), tr("Timeline: portrait pages (default: landscape).")});
    p.addOption({QStringLiteral("zoom"), tr("Timeline: days, weeks (default) or months."), tr("ZOOM")});
}

// --final: the PDF just written goes into the register of documents sent. A document that cannot be kept
// there is not left behind as though it were final.
int keepFinal(const QCommandLineParser &p, Project &project, const QString &kind, const QString &output,
              int pages)
{
    if (!p.isSet(QStringLiteral("final")))
        return Success;
    QString error;
    SentDocument kept;
    if (!project.keepSentDocument(kind, output, pages, &error, &kept)) {
        QFile::remove(output);
        return fail(
            Failure,
            tr("%1 was not kept in the register of documents sent, and was removed: %2").arg(output, error));
    }
    out(tr("kept in the register of documents sent as document %1 (SHA-256 %2, audit head %3 events)")
            .arg(QString::number(kept.id), kept.sha256, QString::number(kept.auditHead.events)));
    return Success;
}

int exportTimeline(const QCommandLineParser &p, Project &project, const QString &output)
{
    if (QFileInfo(output).suffix().toLower() != QLatin1String("pdf"))
        return fail(BadInput, tr("%1: the timeline is written as PDF; name the file .pdf").arg(output));
    TimelinePrintOptions options;
    for (const char *name : {"from", "to"}) {
        const QString value = p.value(QString::fromLatin1(name));
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !day.isValid())
            return fail(BadInput, tr("--%1 %2: not a date (YYYY-MM-DD)").arg(QString::fromLatin1(name), value));
        (qstrcmp(name, "from") == 0 ? options.from : options.to) = day;
    }
    const QHash<QString, QPageSize::PageSizeId> papers = {
        {QStringLiteral("letter"), QPageSize::Letter}, {QStringLiteral("legal"), QPageSize::Legal},
        {QStringLiteral("tabloid"), QPageSize::Tabloid}, {QStringLiteral("a4"), QPageSize::A4},
        {QStringLiteral("a3"), QPageSize::A3}};
    const QString paper = p.value(QStringLiteral("paper")).toLower();
    if (!paper.isEmpty() && !papers.contains(paper))
        return fail(BadInput, tr("--paper %1: one of letter, legal, tabloid, a4, a3").arg(paper));
    options.paper = papers.value(paper, QPageSize::Letter);
    options.orientation = p.isSet(QStringLiteral("portrait")) ? QPageLayout::Portrait : QPageLayout::Landscape;
    const QHash<QString, TimelineScale::Unit> zooms = {{QStringLiteral("days"), TimelineScale::Unit::Days},
                                                       {QStringLiteral("weeks"), TimelineScale::Unit::Weeks},
                                                       {QStringLiteral("months"), TimelineScale::Unit::Months}};
    const QString zoom = p.value(QStringLiteral("zoom")).toLower();
    if (!zoom.isEmpty() && !zooms.contains(zoom))
        return fail(BadInput, tr("--zoom %1: one of days, weeks, months").arg(zoom));
    options.unit = zooms.value(zoom, TimelineScale::Unit::Weeks);
    QString error;
    int pages = 0;
    if (!TimelinePrint::writePdf(project, options, output, &error, &pages))
        return fail(Failure, tr("%1: %2").arg(output, error));
    int code = Success;
    if (!readsSound(project, &code)) {
        QFile::remove(output);
        return code;
    }
    out(tr("wrote %1 (%2 pages)").arg(output).arg(pages));
    return keepFinal(p, project, QStringLiteral("timeline"), output, pages);
}

int cmdExport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("document"), tr("identification, plan, status, findings, tasks, calendar or timeline."),
                 tr("DOCUMENT")});
    p.addOption({QStringLiteral("output"), tr("File to write; the format follows its extension."), tr("FILE")});
    addAsOfOption(p);
    addTimelineOptions(p);
    p.addOption({QStringLiteral("final"),
                 tr("Keep the PDF in the project's register of documents sent (uproot documents).")});
    int code = Success;
    const QString synopsis = QStringLiteral("uproot export PROJECT --document identification|plan|status|findings|"
                                            "tasks|calendar|timeline --output FILE");
    if (!parse(p, args, 1, 1, synopsis, &code))
        return code;
    const QString document = p.value(QStringLiteral("document"));
    const QString output = p.value(QStringLiteral("output"));
    if (document.isEmpty() || output.isEmpty())
        return fail(BadInput, tr("usage: %1").arg(synopsis));
    const QString ext = QFileInfo(output).suffix().toLower();
    const bool final = p.isSet(QStringLiteral("final"));
    if (final && document != QLatin1String("timeline") && !documentKinds().contains(document))
        return fail(BadInput,
                    tr("--final keeps a PDF document (identification, plan, status, timeline), not %1")
                        .arg(document));
    // Keeping a document writes to the project, so a final export holds the project's lock like any writer.
    std::unique_ptr<Project> project = openProject(p.positionalArguments().at(1), !final, &code);
    if (!project || !takeAsOf(p, *project, &code))
        return code;
    QString error;
    if (document == QLatin1String("timeline"))
        return exportTimeline(p, *project, output);
    if (documentKinds().contains(document)) {
        if (ext != QLatin1String("pdf"))
            return fail(BadInput, tr("%1: the %2 document is written as PDF; name the file .pdf").arg(output, document));
        int pages = 0;
        if (!exportDocument(*project, document, output, &error, &pages))
            return fail(Failure, error);
        // A document is evidence: one made from reads that failed is not left behind.
        if (!readsSound(*project, &code)) {
            QFile::remove(output);
            return code;
        }
        out(tr("wrote %1 (%2 pages)").arg(output).arg(pages));
        // The plan goes out with its gaps printed as "Not recorded"; the planner is told which, line by line.
        if (document == QLatin1String("plan")) {
            for (const PlanOfActionField &field : emptyPlanOfActionFields(*project))
                warn(tr("not recorded in the project: %1").arg(field.label()));
        }
        return keepFinal(p, *project, document, output, pages);
    }
    if (!tabularexport::extensionsOf(document).contains(ext))
        return fail(BadInput,
                    tr("cannot export %1 as .%2 (findings: .csv, .xlsx or .json; tasks: .csv or .xlsx; "
                       "calendar: .ics; identification, plan, status: .pdf)")
                        .arg(document, ext));
    if (!tabularexport::writeFile(*project, document, output, &error)) {
        if (!readsSound(*project, &code))
            return code;
        return fail(Failure, error);
    }
    out(tr("wrote %1").arg(output));
    return Success;
}

int cmdDemo(const QStringList &args)
{
    QCommandLineParser p;
    int code = Success;
    if (!parse(p, args, 1, 1, QStringLiteral("uproot demo PROJECT"), &code))
        return code;
    const QString path = p.positionalArguments().at(1);
    TerminalProgress progress(tr("building the demo"));
    DemoInventoryStats stats;
    QString error;
    const bool existed = QFileInfo::exists(path);
    std::unique_ptr<Project> project = buildDemoProject(path, DirectiveCatalog::builtin(), &stats, &progress, &error);
    if (!project)
        return fail(existed ? BadInput : Failure, error);
    out(tr("built %1: %2 systems, %3 inventory rows, %4 systems with covered products, %5 affected systems found")
            .arg(path)
            .arg(stats.systems)
            .arg(stats.rows)
            .arg(stats.systemsWithVendorProducts)
            .arg(project->findings().affectedSystemCount()));
    out(tr("a later scan of some of its systems is at %1: import it to see removals verified and a product back "
           "(uproot import %2 %1)")
            .arg(stats.laterScan, path));
    return Success;
}

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *usage; // its lines in usage(), descriptions aligned with the other commands'
};

// The one list of commands, in the order usage() shows them: run() dispatches on these names, isCommand()
// tells them from a project to open, and usage() prints their lines.
const Command kCommands[] = {
    // Each line is split where its description starts, so the columns show.
    {"new", cmdNew,
     QT_TRANSLATE_NOOP("cli", "  uproot new PROJECT --directive ID [--issued DATE] [--agency NAME]\n")},
    {"import", cmdImport,
     QT_TRANSLATE_NOOP("cli", "  uproot import PROJECT FILE... [--format FORMAT]   "
                              "FORMAT: auto (default), csv, xlsx, sccm, intune,\n"
                              "                                                    "
                              "lansweeper, ksc, osquery, cyclonedx, glpi\n"
                              "         [--header-line N] [--sheet NAME]           "
                              "header below a title; a workbook's sheet\n"
                              "         [--scan-date DATE]                         "
                              "when the scan was taken (default: file's date)\n")},
    {"inspect", cmdInspect,
     QT_TRANSLATE_NOOP("cli", "  uproot inspect FILE [--format FORMAT]             "
                              "print the records as read, as JSON\n")},
    {"findings", cmdFindings,
     QT_TRANSLATE_NOOP("cli", "  uproot findings PROJECT [--format csv|json]       "
                              "one row per (system, product) detection\n"
                              "         [--as-of DATE]                             "
                              "state (open, removed, reappeared ...) as of then\n")},
    {"plan", cmdPlan,
     QT_TRANSLATE_NOOP(
         "cli", "  uproot plan PROJECT [--start DATE] [--target DATE] [--as-of DATE] [--format text|json]\n"
                "                                                    "
                "generate or refresh tasks and the schedule; the\n"
                "                                                    "
                "projected finish against the target, per team\n")},
    {"assign", cmdAssign,
     QT_TRANSLATE_NOOP("cli", "  uproot assign PROJECT FILE                        "
                              "plan data per system from CSV/XLSX (system, component,\n"
                              "                                                    "
                              "site, owner, team, mission function, criticality, kind,\n"
                              "                                                    "
                              "replacement, contract, notes)\n")},
    {"team", cmdTeam,
     QT_TRANSLATE_NOOP(
         "cli", "  uproot team PROJECT set NAME --capacity N [--days-off DATE,...] | remove NAME | list\n"
                "         | assign NAME --component C|--site S | unassign --component C|--site S\n"
                "                                                    "
                "teams, and the components or sites they take\n")},
    {"poa", cmdPoa,
     QT_TRANSLATE_NOOP("cli", "  uproot poa PROJECT list | set KEY VALUE [--component C]\n"
                              "                                                    "
                              "the plan of action's own fields (agency, contracts ...)\n")},
    {"task", cmdTask,
     QT_TRANSLATE_NOOP("cli", "  uproot task PROJECT list|set|attach|reference|show ...\n"
                              "                                                    "
                              "a task's status and reason, notes, evidence\n")},
    {"template", cmdTemplate,
     QT_TRANSLATE_NOOP("cli", "  uproot template PROJECT list | export FILE | import FILE\n"
                              "                                                    "
                              "the project's task templates and rules, as JSON\n")},
    {"export", cmdExport,
     QT_TRANSLATE_NOOP(
         "cli", "  uproot export PROJECT --document identification|plan|status|findings|tasks|calendar "
                "--output FILE\n"
                "         [--as-of DATE] [--final]                   "
                "the status date the documents count from; --final\n"
                "                                                    "
                "keeps a PDF in the register of documents sent\n"
                "  uproot export PROJECT --document timeline --output FILE.pdf [--from DATE] [--to DATE]\n"
                "         [--paper letter|legal|tabloid|a4|a3] [--portrait] [--zoom days|weeks|months]\n"
                "                                                    the timeline on tiled pages\n")},
    {"documents", cmdDocuments,
     QT_TRANSLATE_NOOP("cli", "  uproot documents PROJECT [--get N --output FILE]  "
                              "the register of documents sent (export --final)\n")},
    {"demo", cmdDemo,
     QT_TRANSLATE_NOOP("cli", "  uproot demo PROJECT                               "
                              "build the demo project\n")},
    {"check", cmdCheck,
     QT_TRANSLATE_NOOP("cli", "  uproot check PROJECT [--full]                     "
                              "the schema and SQLite's integrity check (--full:\n"
                              "                                                    "
                              "every index against its table); 0 when sound\n")},
    {"audit", cmdAudit,
     QT_TRANSLATE_NOOP(
         "cli", "  uproot audit PROJECT [--verify [--against DOCUMENT.pdf]] [--export FILE.csv|.xlsx]\n"
                "                                                    "
                "list, check (chain, pinned heads) or export the trail\n")},
    {"backups", cmdBackups,
     QT_TRANSLATE_NOOP("cli", "  uproot backups PROJECT                            "
                              "the backups taken before imports, plans, rule changes\n")},
    {"restore", cmdRestore,
     QT_TRANSLATE_NOOP("cli", "  uproot restore PROJECT BACKUP                     "
                              "put a backup back (its number in backups, or its file)\n")},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

QString usage()
{
    QString text = tr("Uproot %1: find a banned vendor's products on every system and plan their removal.\n\n"
                      "usage:\n"
                      "  uproot [PROJECT]                                  open the GUI (with a project)\n")
                       .arg(QStringLiteral(UPROOT_VERSION));
    for (const Command &command : kCommands)
        text += tr(command.usage);
    text += tr("  uproot --help | --version\n\n"
               "Exit status: 0 success, 2 bad input (the message names file, line and reason), 1 otherwise.");
    return text;
}

namespace {

// Qt's own options for the window (-style fusion, -platform xcb, -reverse ...; QGuiApplication's, QApplication's
// and the X11 platform's), as Qt documents them. The number is how many values follow the option.
int qtOptionValues(const QString &argument)
{
    static const QHash<QString, int> options = {
        {QStringLiteral("platform"), 1},        {QStringLiteral("platformpluginpath"), 1},
        {QStringLiteral("platformtheme"), 1},   {QStringLiteral("plugin"), 1},
        {QStringLiteral("qmljsdebugger"), 1},   {QStringLiteral("style"), 1},
        {QStringLiteral("stylesheet"), 1},      {QStringLiteral("session"), 1},
        {QStringLiteral("display"), 1},         {QStringLiteral("geometry"), 1},
        {QStringLiteral("qwindowgeometry"), 1}, {QStringLiteral("qwindowicon"), 1},
        {QStringLiteral("qwindowtitle"), 1},    {QStringLiteral("name"), 1},
        {QStringLiteral("title"), 1},           {QStringLiteral("reverse"), 0},
        {QStringLiteral("widgetcount"), 0},     {QStringLiteral("nograb"), 0},
        {QStringLiteral("dograb"), 0},          {QStringLiteral("sync"), 0}};
    if (!argument.startsWith(u'-') || argument.startsWith(QLatin1String("--")))
        return -1;
    const QString name = argument.mid(1);
    // Qt reads "-style=fusion" for these only.
    static const QStringList withEquals = {QStringLiteral("style"), QStringLiteral("stylesheet"),
                                           QStringLiteral("qmljsdebugger")};
    if (const qsizetype eq = name.indexOf(u'='); eq >= 0)
        return withEquals.contains(name.left(eq)) ? 0 : -1;
    return options.value(name, -1);
}

} // namespace

QStringList withoutLeadingQtOptions(const QStringList &arguments, bool *namesPlatform)
{
    if (namesPlatform)
        *namesPlatform = false;
    if (arguments.isEmpty())
        return arguments;
    QStringList rest{arguments.first()};
    qsizetype i = 1;
    for (int values = 0; i < arguments.size() && (values = qtOptionValues(arguments.at(i))) >= 0;) {
        if (namesPlatform && arguments.at(i) == QLatin1String("-platform") && values > 0)
            *namesPlatform = true;
        i += 1 + values;
    }
    rest += arguments.mid(qMin(i, arguments.size()));
    return rest;
}

bool isCommand(const QStringList &arguments)
{
    // Qt's window options before the project do not make a command.
    const QStringList args = withoutLeadingQtOptions(arguments);
    if (args.size() < 2)
        return false;
    const QString first = args.at(1);
    if (findCommand(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    // An option, or a bare word that names no file, is a mistyped command, not a project to open in the window.
    if (first.startsWith(u'-'))
        return true;
    return !first.contains(u'/') && !first.contains(u'.') && !QFileInfo::exists(first);
}

namespace {

int dispatch(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out(usage());
        return Success;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out(QStringLiteral("uproot %1").arg(QStringLiteral(UPROOT_VERSION)));
        return Success;
    }
    // Each command parses the whole list: the program name first, then the command as positional argument 0.
    if (const Command *known = findCommand(command))
        return known->run(arguments);
    return fail(BadInput, tr("unknown command or option \u201c%1\u201d\n").arg(command) + usage());
}

} // namespace

int run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    // What a command printed may still sit in stdio's buffer: a full disk or a closed pipe shows only when it
    // is flushed, and a command whose output was lost has not succeeded.
    errno = 0;
    // A command that failed has said why already (an export to standard output names the reason itself).
    if ((std::fflush(stdout) != 0 || std::ferror(stdout)) && code == Success) {
        const int systemError = errno;
        fail(Failure, tr("cannot write to standard output: %1")
                          .arg(systemError ? QString::fromLocal8Bit(std::strerror(systemError))
                                           : tr("the output was cut short")));
        return Failure;
    }
    return code;
}

} // namespace uproot::cli
