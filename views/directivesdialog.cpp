#include "views/directivesdialog.h"

#include "views/apppalette.h"

#include "model/detection/directivecatalog.h"
#include "model/detection/userdirectivefolder.h"
#include "model/project/project.h"
#include "model/project/projectdirectiveedit.h"
#include "views/directiveeditordialog.h"
#include "views/readablejson.h"

#include "model/translation.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uproot {

UPROOT_DECLARE_TR_FUNCTION(DirectivesDialog)

namespace {
constexpr int kMaxIdLength = 64;

QString editableJson(const Directive &directive)
{
    return readableJson(DirectiveCatalog::toJson(directive));
}

QString details(const Directive &d)
{
    QStringList lines;
    lines << d.title;
    lines << tr("%1, %2; issued %3")
                 .arg(d.issuer, d.instrument, QLocale().toString(d.issueDate, QLocale::LongFormat));
    if (!d.summary.isEmpty())
        lines << QString() << d.summary;
    QStringList vendors;
    for (const DirectiveEntry &v : d.coveredVendors)
        vendors << (v.name.isEmpty() ? v.description : v.name);
    if (!vendors.isEmpty())
        lines << QString() << tr("Covers: %1").arg(vendors.join(QStringLiteral("; ")));
    int covering = 0;
    for (const DetectionRule &r : d.rules)
        covering += r.effect == RuleEffect::Cover ? 1 : 0;
    lines << QString()
          << tr("%1 detection rules: %2 covering, %3 exclusions and known false positives")
                 .arg(d.rules.size())
                 .arg(covering)
                 .arg(d.rules.size() - covering);
    QStringList milestones;
    for (const DirectiveMilestone &m : d.milestones) {
        const QString when =
            m.offsetDays ? tr("day %1").arg(*m.offsetDays) : QLocale().toString(m.date, QLocale::ShortFormat);
        milestones << QStringLiteral("  %1: %2").arg(when, m.title);
    }
    if (!milestones.isEmpty())
        lines << tr("Milestones:") << milestones;
    return lines.join(u'\n');
}
} // namespace

DirectivesDialog::DirectivesDialog(DirectiveCatalog &catalog, Project *project, const QString &userFolder,
                                   QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_project(project), m_folder(userFolder), m_list(new QTreeWidget),
      m_details(new QPlainTextEdit), m_message(new QLabel), m_follow(new QPushButton(tr("&Follow"))),
      m_copy(new QPushButton(tr("&Copy and edit..."))), m_new(new QPushButton(tr("&New directive..."))),
      m_edit(new QPushButton(tr("Edit the project's &rules..."))),
      m_import(new QPushButton(tr("&Import file..."))), m_export(new QPushButton(tr("E&xport file...")))
{
    setWindowTitle(tr("Directives"));
    resize(980, 600);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Directive"), tr("Title"), tr("Source"), tr("This project")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Directives in the catalog"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_list->setColumnWidth(Id, 170);
    m_list->setColumnWidth(Source, 110);
    m_list->setColumnWidth(InProject, 150);
    auto *listLabel = new QLabel(tr("&Directives:"));
    listLabel->setBuddy(m_list);

    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Directive details"));
    m_details->setTabChangesFocus(true);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setAccessibleName(tr("Directives message"));
    m_message->hide();

    m_follow->setToolTip(tr("Check the project's inventory against this directive too"));
    m_copy->setToolTip(tr("Make a new directive from this one, with an id of its own, and edit its JSON"));
    m_edit->setToolTip(
        tr("Change the rules the project uses for this directive; the findings are re-evaluated "
           "at once and Edit > Undo puts the rules back"));
    m_new->setToolTip(tr("Write a directive of your own from a blank form"));
    m_import->setToolTip(tr("Add the directives of a catalog file"));
    m_export->setToolTip(tr("Save this directive as a catalog file"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_follow, m_copy, m_new, m_edit, m_import, m_export}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(listLabel);
    leftLayout->addWidget(m_list, 1);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *middle = new QHBoxLayout;
    middle->addWidget(splitter, 1);
    middle->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(middle, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &DirectivesDialog::updateSelection);
    connect(m_follow, &QPushButton::clicked, this, [this] { follow(currentId()); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copyAndEdit(currentId()); });
    connect(m_new, &QPushButton::clicked, this, &DirectivesDialog::newDirective);
    connect(m_edit, &QPushButton::clicked, this, [this] { editProjectCopy(currentId()); });
    connect(m_import, &QPushButton::clicked, this, &DirectivesDialog::chooseImportFile);
    connect(m_export, &QPushButton::clicked, this, &DirectivesDialog::chooseExportFile);
    // The project may close while the dialog is open.
    if (m_project)
        connect(m_project, &QObject::destroyed, this, &DirectivesDialog::refresh, Qt::QueuedConnection);
    refresh();
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setFocus();
}

std::optional<Directive> DirectivesDialog::projectCopyOf(const QString &id) const
{
    if (!m_project)
        return std::nullopt;
    for (const DirectiveRecord &record : m_project->directives()) {
        if (record.code != id)
            continue;
        QString error;
        const auto parsed = DirectiveCatalog::parseJson(record.definitionJson.toUtf8(), record.code, &error);
        if (parsed && parsed->size() == 1)
            return parsed->first();
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Directive> DirectivesDialog::definitionOf(const QString &id) const
{
    // What the project uses, when it follows the directive (its rules may have been edited), else the catalog's.
    if (std::optional<Directive> copy = projectCopyOf(id))
        return copy;
    if (const Directive *d = m_catalog.find(id))
        return *d;
    return std::nullopt;
}

void DirectivesDialog::refresh()
{
    const QString current = currentId();
    QHash<QString, DirectiveRecord> followed;
    if (m_project) {
        for (const DirectiveRecord &record : m_project->directives())
            followed.insert(record.code, record);
    }
    m_list->clear();
    QStringList ids = m_catalog.ids();
    for (auto it = followed.cbegin(); it != followed.cend(); ++it) {
        if (!ids.contains(it.key()))
            ids.append(it.key());
    }
    for (const QString &id : std::as_const(ids)) {
        const Directive *inCatalog = m_catalog.find(id);
        auto *item = new QTreeWidgetItem;
        item->setText(Id, id);
        item->setData(Id, Qt::UserRole, id);
        if (inCatalog) {
            item->setText(Title, inCatalog->title);
            if (m_catalog.isBuiltin(id)) {
                item->setText(Source, tr("Shipped"));
            } else {
                item->setText(Source, tr("Your file"));
                item->setToolTip(Source, QDir::toNativeSeparators(m_catalog.sourceOf(id)));
            }
        } else {
            item->setText(Title, followed.value(id).title);
            item->setText(Source, tr("This project only"));
            item->setToolTip(Source, tr("The project follows a directive this catalog does not have"));
        }
        if (followed.contains(id)) {
            const std::optional<Directive> copy = projectCopyOf(id);
            const bool edited = inCatalog && copy && !(*copy == *inCatalog);
            item->setText(InProject, edited ? tr("Followed, rules edited") : tr("Followed"));
            item->setToolTip(InProject,
                             tr("Followed from %1")
                                 .arg(QLocale().toString(followed.value(id).issued, QLocale::LongFormat)));
        }
        item->setToolTip(Title, item->text(Title));
        m_list->addTopLevelItem(item);
    }
    if (!selectDirective(current))
        updateSelection();
}

bool DirectivesDialog::selectDirective(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(Id, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            updateSelection();
            return true;
        }
    }
    return false;
}

QString DirectivesDialog::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(Id, Qt::UserRole).toString() : QString();
}

void DirectivesDialog::updateSelection()
{
    const QString id = currentId();
    const std::optional<Directive> directive = id.isEmpty() ? std::nullopt : definitionOf(id);
    const bool writable = m_project && !m_project->isReadOnly();
    const bool followed = projectCopyOf(id).has_value();
    m_details->setPlainText(directive ? details(*directive) : QString());
    m_follow->setEnabled(writable && m_catalog.contains(id) && !followed);
    m_copy->setEnabled(directive.has_value());
    m_edit->setEnabled(writable && followed);
    m_export->setEnabled(directive.has_value());
    if (!m_project)
        m_follow->setToolTip(tr("Open a project to follow directives"));
    else
        m_follow->setToolTip(tr("Check the project's inventory against this directive too"));
}

void DirectivesDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    AppPalette::markAsError(m_message, isError);
    m_message->setVisible(!text.isEmpty());
}

bool DirectivesDialog::follow(const QString &id)
{
    if (!m_project || m_project->isReadOnly()) {
        showMessage(tr("Open a project that can be written to follow a directive."), true);
        return false;
    }
    ReevaluationResult result;
    QString error;
    if (!m_project->follow(id, QDate(), m_catalog, &result, &error)) {
        showMessage(tr("Could not follow %1: %2").arg(id, error), true);
        return false;
    }
    refresh();
    showMessage(tr("The project now follows %1. Re-evaluated: %2 new, %3 gone.")
                    .arg(id)
                    .arg(result.added)
                    .arg(result.removed),
                false);
    return true;
}

QString DirectivesDialog::unusedId(const QString &base) const
{
    const auto taken = [this](const QString &id) {
        return m_catalog.contains(id) || projectCopyOf(id).has_value();
    };
    QString stem = base.left(kMaxIdLength - 8);
    QString id = stem + QStringLiteral("-copy");
    for (int n = 2; taken(id); ++n)
        id = stem + QStringLiteral("-copy-%1").arg(n);
    return id;
}

DirectiveEditorDialog *DirectivesDialog::copyAndEdit(const QString &id)
{
    std::optional<Directive> directive = definitionOf(id);
    if (!directive) {
        showMessage(tr("Choose a directive to copy."), true);
        return nullptr;
    }
    directive->id = unusedId(id);
    directive->title = tr("%1 (copy)").arg(directive->title);
    const QString sourceName = directive->id + QStringLiteral(".json");
    auto *editor = new DirectiveEditorDialog(
        tr("Copy of %1").arg(id),
        tr("A new directive made from %1. Give it an id of its own and change what you need; Save checks it "
           "and "
           "keeps it in %2 with your other directives.")
            .arg(id, QDir::toNativeSeparators(m_folder)),
        sourceName, editableJson(*directive), tr("&Save"),
        [this, sourceName](const QString &text, QString *error) { return saveCopy(text, sourceName, error); },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

DirectiveEditorDialog *DirectivesDialog::newDirective()
{
    Directive blank;
    blank.id = QStringLiteral("new-directive");
    for (int n = 2; m_catalog.contains(blank.id) || projectCopyOf(blank.id).has_value(); ++n)
        blank.id = QStringLiteral("new-directive-%1").arg(n);
    blank.title = tr("New directive");
    blank.issuer = tr("Issuing agency");
    blank.instrument = tr("Directive");
    blank.issueDate = QDate::currentDate();
    DirectiveMilestone deadline;
    deadline.id = QStringLiteral("removal-deadline");
    deadline.kind = QStringLiteral("removal-deadline");
    deadline.title = tr("Remove covered products");
    deadline.offsetDays = 30;
    blank.milestones.append(deadline);
    DetectionRule publisher;
    publisher.id = QStringLiteral("publisher-vendor");
    publisher.kind = RuleKind::Publisher;
    publisher.description = tr("Every product of the covered vendor, by its publisher name");
    publisher.aliases = {tr("Example Vendor")};
    blank.rules.append(publisher);
    const QString sourceName = blank.id + QStringLiteral(".json");
    auto *editor = new DirectiveEditorDialog(
        tr("New directive"),
        tr("Fill in the directive: its id, dates and milestones, and the rules that find the covered products "
           "(resources/directives/README.md in the source describes every field). Save checks it and keeps it "
           "in %1 with your other directives.")
            .arg(QDir::toNativeSeparators(m_folder)),
        sourceName, editableJson(blank), tr("&Save"),
        [this, sourceName](const QString &text, QString *error) { return saveCopy(text, sourceName, error); },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

bool DirectivesDialog::saveCopy(const QString &text, const QString &sourceName, QString *error)
{
    const UserDirectiveFolder::Result result =
        UserDirectiveFolder(m_catalog, m_folder).saveDefinition(text, sourceName);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    refresh();
    selectDirective(result.added.first());
    showMessage(tr("Saved %1 in %2.").arg(result.added.first(), QDir::toNativeSeparators(result.path)),
                false);
    emit catalogChanged();
    return true;
}

DirectiveEditorDialog *DirectivesDialog::editProjectCopy(const QString &id)
{
    const std::optional<Directive> copy = projectCopyOf(id);
    if (!copy || !m_project || m_project->isReadOnly()) {
        showMessage(tr("The project does not follow %1, or cannot be written.").arg(id), true);
        return nullptr;
    }
    const QString sourceName = tr("%1 in %2").arg(id, m_project->displayName());
    auto *editor = new DirectiveEditorDialog(
        tr("Rules of %1 in %2").arg(id, m_project->displayName()),
        tr("The project's copy of %1: the rules, exclusions and milestones the project uses. Apply "
           "re-evaluates "
           "every finding at once; Edit > Undo puts the old definition back. The catalog is not changed.")
            .arg(id),
        sourceName, editableJson(*copy), tr("&Apply"),
        [this, id, sourceName](const QString &text, QString *error) {
            return applyProjectCopy(id, text, sourceName, error);
        },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

bool DirectivesDialog::applyProjectCopy(const QString &code, const QString &text, const QString &sourceName,
                                        QString *error)
{
    if (!m_project) {
        *error = tr("The project was closed.");
        return false;
    }
    const ProjectDirectiveEdit edit = ProjectDirectiveEdit::apply(*m_project, code, text, sourceName);
    switch (edit.status) {
    case ProjectDirectiveEdit::Status::Refused:
        *error = edit.error;
        return false;
    case ProjectDirectiveEdit::Status::Unchanged:
        showMessage(tr("Nothing changed in the rules of %1.").arg(code), false);
        return true;
    case ProjectDirectiveEdit::Status::Changed:
        break;
    }
    refresh();
    showMessage(tr("Changed the rules of %1. Re-evaluated: %2 new, %3 gone. Edit > Undo puts them back.")
                    .arg(code)
                    .arg(edit.reevaluation.added)
                    .arg(edit.reevaluation.removed),
                false);
    return true;
}

bool DirectivesDialog::importFile(const QString &path)
{
    const UserDirectiveFolder::Result result = UserDirectiveFolder(m_catalog, m_folder).importFile(path);
    if (!result.ok()) {
        showMessage(tr("Could not import %1. The catalog is as it was.\n%2")
                        .arg(QDir::toNativeSeparators(path), result.error),
                    true);
        return false;
    }
    refresh();
    if (!result.added.isEmpty())
        selectDirective(result.added.first());
    showMessage(tr("Imported %1 from %2; kept as %3.")
                    .arg(result.added.join(QStringLiteral(", ")), QDir::toNativeSeparators(path),
                         QDir::toNativeSeparators(result.path)),
                false);
    emit catalogChanged();
    return true;
}

bool DirectivesDialog::exportFile(const QString &id, const QString &path)
{
    const std::optional<Directive> directive = definitionOf(id);
    if (!directive) {
        showMessage(tr("Choose a directive to export."), true);
        return false;
    }
    const QByteArray bytes = DirectiveCatalog::toBytes({*directive});
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                    true);
        return false;
    }
    showMessage(tr("Wrote %1 to %2.").arg(id, QDir::toNativeSeparators(path)), false);
    return true;
}

void DirectivesDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import directive file"), QString(),
                                                      tr("Directive files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void DirectivesDialog::chooseExportFile()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export directive file"), id + QStringLiteral(".json"), tr("Directive files (*.json)"));
    if (!path.isEmpty())
        exportFile(id, path);
}

} // namespace uproot
