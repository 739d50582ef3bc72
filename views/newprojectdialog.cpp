#include "views/newprojectdialog.h"

#include "model/detection/directivecatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace uproot {

QString NewProjectDialog::lastDirectiveKey()
{
    return QStringLiteral("newProject/directive");
}

QString NewProjectDialog::defaultDirective()
{
    return QStringLiteral("bod-17-01");
}

NewProjectDialog::NewProjectDialog(const DirectiveCatalog &catalog, QWidget *parent)
    : QDialog(parent), m_directive(new QComboBox), m_agency(new QLineEdit), m_contactName(new QLineEdit),
      m_contactPhone(new QLineEdit), m_contactEmail(new QLineEdit), m_path(new QLineEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New project"));
    // The likely directive first: the one chosen last time, else BOD 17-01; the others in the catalog's
    // order.
    QString likely = QSettings().value(lastDirectiveKey()).toString();
    if (!catalog.find(likely))
        likely = defaultDirective();
    QList<Directive> directives = catalog.directives();
    std::stable_partition(directives.begin(), directives.end(),
                          [&likely](const Directive &d) { return d.id == likely; });
    for (const Directive &d : std::as_const(directives)) {
        m_directive->addItem(QStringLiteral("%1 (%2)").arg(d.title, d.id), d.id);
        m_directive->setItemData(m_directive->count() - 1, d.summary, Qt::ToolTipRole);
    }
    m_directive->setAccessibleName(tr("Directive the project follows"));
    m_agency->setAccessibleName(tr("Agency"));
    m_agency->setPlaceholderText(tr("For example: Department of Example Affairs"));
    m_contactName->setAccessibleName(tr("Point of contact name"));
    m_contactPhone->setAccessibleName(tr("Point of contact phone"));
    m_contactEmail->setAccessibleName(tr("Point of contact email"));
    m_path->setAccessibleName(tr("Project file"));
    m_path->setPlaceholderText(tr("Where the project is saved (.uproot)"));
    auto *browse = new QPushButton(tr("&Browse..."));
    browse->setAccessibleDescription(tr("Choose where the project file is saved"));
    connect(browse, &QPushButton::clicked, this, &NewProjectDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    auto *intro = new QLabel(tr("The agency and its point of contact head the plan of action; they can be "
                                "changed later in Plan > Plan of action details."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Directive:"), m_directive);
    form->addRow(tr("&Agency:"), m_agency);
    form->addRow(tr("Point of contact &name:"), m_contactName);
    form->addRow(tr("Point of contact &phone:"), m_contactPhone);
    form->addRow(tr("Point of contact &email:"), m_contactEmail);
    // A row holding a layout gets no buddy by itself: the label's letter must reach the file field.
    auto *fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Create"));
    const auto update = [this, ok] { ok->setEnabled(!m_path->text().trimmed().isEmpty()); };
    connect(m_path, &QLineEdit::textChanged, this, update);
    update();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setTabOrder(m_directive, m_agency);
    setTabOrder(m_agency, m_contactName);
    setTabOrder(m_contactName, m_contactPhone);
    setTabOrder(m_contactPhone, m_contactEmail);
    setTabOrder(m_contactEmail, m_path);
    setTabOrder(m_path, browse);
    resize(640, sizeHint().height());
}

QString NewProjectDialog::directiveId() const
{
    return m_directive->currentData().toString();
}

ProjectInfo NewProjectDialog::info() const
{
    return {m_agency->text().simplified(), m_contactName->text().simplified(),
            m_contactPhone->text().simplified(), m_contactEmail->text().simplified()};
}

QString NewProjectDialog::path() const
{
    const QString path = m_path->text().trimmed();
    return path.isEmpty() || path.endsWith(QLatin1String(".uproot")) ? path
                                                                     : path + QStringLiteral(".uproot");
}

void NewProjectDialog::accept()
{
    if (path().isEmpty())
        return;
    QSettings().setValue(lastDirectiveKey(), directiveId());
    QDialog::accept();
}

void NewProjectDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), m_path->text(),
                                                      tr("Uproot projects (*.uproot)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace uproot
