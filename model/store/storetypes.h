#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// Plain records that cross the store's typed interface. Nothing here knows SQL.
namespace uproot {

using Id = qint64;

struct DirectiveRecord
{
    Id id = 0;
    QString code; // stable identifier such as "bod-17-01"
    QString title;
    QString issuer;
    QDate issued;
    QString definitionJson; // the catalog entry as followed by this project
};

struct MilestoneRecord
{
    Id id = 0;
    Id directiveId = 0;
    int sequence = 0;
    QString kind;
    QString title;
    QDate due;
    QString warning; // e.g. falls on a weekend; the directive counts calendar days and does not move it
};

struct ImportSourceRecord
{
    Id id = 0;
    QString path;
    QString format;
    QString encoding;
    QDateTime importedAt;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    // The date of the scan the file holds (a later scan verifies removals; see InventoryLoad). Invalid: the
    // import's date.
    QDate scannedAt;
};

// Where a system's effective team comes from.
enum class TeamSource { None, Own, ComponentRule, SiteRule };

struct SystemRecord
{
    Id id = 0;
    QString name;
    QString normalizedName;
    QString os;
    QString site;
    QString component;
    QString owner;
    QString ip;
    QString serial;
    // The plan data a planner records (component, site and owner above come from inventories too).
    QString team;
    QString missionFunction;
    QString criticality; // high, moderate, low; empty when not recorded
    QString kind;        // workstation, server, linux, macos, management server; empty when not recorded
    QString replacement;
    QString contract;
    QString notes;
    // As read back (never written): the team the system works under and where it comes from; `team` above is
    // its own, assigned by hand, which wins over the rules.
    QString effectiveTeam;
    TeamSource teamSource = TeamSource::None;
};

// One field of a system's plan data, as edited and assigned.
enum class PlanField { Component, Site, Owner, Team, MissionFunction, Criticality, Kind, Replacement, Contract,
                       Notes };

// A team that removes products: how many systems it finishes in a working day, and its days off beyond
// weekends and federal holidays.
struct TeamRecord
{
    Id id = 0;
    QString name;
    int capacity = 0;
    QList<QDate> daysOff;
};

// Teams take systems by component or by site. A system's team is its own (assigned by hand) when it has one,
// else the team of the rule for its component, else the team of the rule for its site, else none.
enum class TeamRuleField { Component, Site };
QString teamRuleFieldName(TeamRuleField field); // "component", "site": as stored and as the command line says

struct TeamRule
{
    TeamRuleField field = TeamRuleField::Component;
    QString value; // the component or site
    QString team;
    bool operator==(const TeamRule &) const = default;
};

struct TitleRecord
{
    Id id = 0;
    QString name;
    QString publisher;
    QString cpe;
    QString purl;
    QString package;
    QString bundleId;
    // HardwareKind for a device (name: its model, publisher: its maker), matched by hardware rules; "" for software.
    QString kind;

    static constexpr char HardwareKind[] = "hardware";
    bool isHardware() const { return kind == QLatin1String(HardwareKind); }
};

struct InstallationRecord
{
    Id id = 0;
    Id systemId = 0;
    Id titleId = 0;
    QString version;
    QString installDate;
    Id sourceId = 0;
    qint64 sourceLine = 0;
};

// Open, FalsePositive and Exception are decisions; Excluded is set by detection when an exclusion or a known
// false-positive rule of the directive takes the title off the report, so the user can see why it is not there.
enum class FindingState { Open, FalsePositive, Exception, Excluded };
enum class Confidence { Confirmed, NeedsReview };
// What the scans say about an open finding, as of a date: nothing yet (the product as found), removed (a later
// scan of its system no longer showed it), or reappeared (a scan after that showed it again).
enum class ScanState { AsFound, Removed, Reappeared };

// What the detector says about one title under one directive.
struct TitleDirectiveMatch
{
    Id titleId = 0;
    Id directiveId = 0;
    Confidence confidence = Confidence::Confirmed;
    QString rule;
    QString matched;
    bool excluded = false; // covered, then taken off by an exclusion or false-positive rule (named by rule)
};

struct FindingRow
{
    Id id = 0;
    Id installationId = 0;
    QString system;
    QString component;
    QString site;
    QString product;
    QString version;
    QString publisher;
    QString directive;
    Confidence confidence = Confidence::Confirmed;
    QString rule;
    QString matched;
    QString sourcePath;
    qint64 sourceLine = 0;
    FindingState state = FindingState::Open;
    QString reason;
    Id directiveId = 0;
    Id systemId = 0;
    // For an open finding, as of the query's date: the scan that verified its removal or saw it again.
    ScanState scan = ScanState::AsFound;
    QDate scanDate;
    QString scanPath;
};

enum class TaskStatus { ToDo, InProgress, Blocked, Done, Skipped };

struct TaskRecord
{
    Id id = 0;
    Id systemId = 0;
    Id directiveId = 0;
    QString system;
    QString component;
    int step = 0;
    QString title;
    TaskStatus status = TaskStatus::ToDo;
    QString owner;
    QDate start;    // the first working day of its work (empty: the due day)
    QDate due;
    QString notes;
    QString reason;    // why it is blocked or skipped; empty in every other status
    int evidence = 0;  // how many evidence items it holds (read back, never written through the record)
    QDate notBefore;   // moved by hand on the timeline: re-planning starts it no earlier than this
};

// A file attached to a task (copied into the project with its SHA-256) or a reference such as a ticket number.
struct TaskEvidenceRecord
{
    enum class Kind { File, Reference };

    Id id = 0;
    Id taskId = 0;
    Kind kind = Kind::Reference;
    QString name;      // the file's name, or the reference itself
    QString sha256;    // lower-case hex of the file's bytes; empty for a reference
    qint64 size = 0;   // the file's size in bytes
    QByteArray content; // the file's bytes; only read when asked for (TasksReader::evidenceItem)
    QDateTime addedAt;
    QString addedBy;
};

struct InventoryRow
{
    Id installationId = 0;
    Id systemId = 0;
    QString system;
    QString component;
    QString site;
    QString product;
    QString publisher;
    QString version;
    QString sourcePath;
    qint64 sourceLine = 0;
};

struct AuditEvent
{
    Id id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString detail;
    QString hash;
};

// Where the audit trail ends: how many events it holds and the hash of the last one (64 zeros when empty).
// Kept outside the file (the user's settings, printed documents), it shows a trail cut short or rewritten.
struct AuditHead
{
    qint64 events = 0;
    QString hash;
};

// A final document in the register of documents sent: what it was, when and by whom it was kept, and the
// audit trail head it printed. Its bytes are read only when asked for (DocumentsReader::content).
struct SentDocument
{
    Id id = 0;
    QString kind;     // identification, plan, status or timeline
    QString fileName; // the name it was written under, without its folder
    QDateTime sentAt;
    QString sentBy;
    QDate asOf; // the status date the document speaks for
    int pages = 0;
    qint64 size = 0;
    QString sha256; // lower-case hex of its bytes
    AuditHead auditHead;
};

// A query over one of the big tables: a search term, a sort column (by the model's column number) and a page.
struct PageQuery
{
    QString search;
    int sortColumn = -1;
    bool descending = false;
    qint64 offset = 0;
    int limit = 256;
    // Extra filters some tables understand (empty = all).
    QString stateFilter;
    QString confidenceFilter;
    QString directiveFilter; // a directive's code ("bod-17-01")
    // Rows of one group only: the table's column (the findings store's Column) and its value, "" included.
    int groupColumn = -1;
    QString groupValue;
    bool hasGroupFilter() const { return groupColumn >= 0; }
    // Findings: scans dated after this do not count (invalid: every scan counts).
    QDate asOf;
};

QString toString(FindingState state);
FindingState findingStateFromString(const QString &text);
// The state a person reads: the decision or detection's exclusion, else what the scans say ("removed",
// "reappeared"), else "open". The state filter of a findings query takes these words.
QString stateText(const FindingRow &finding);
QString toString(Confidence confidence);
Confidence confidenceFromString(const QString &text);
QString toString(TaskStatus status);
TaskStatus taskStatusFromString(const QString &text, bool *ok = nullptr);
// Blocked and skipped must say why; the other statuses carry no reason.
bool taskStatusNeedsReason(TaskStatus status);
// "blocked: waiting for vendor password", or just the status when it has no reason.
QString taskStatusText(TaskStatus status, const QString &reason);
// The field's value on a system, and its name in files and the audit trail ("mission function").
QString planFieldValue(const SystemRecord &system, PlanField field);
void setPlanFieldValue(SystemRecord *system, PlanField field, const QString &value);
QString toString(PlanField field);
QList<PlanField> allPlanFields();

} // namespace uproot
