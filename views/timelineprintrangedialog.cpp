#include "views/timelineprintrangedialog.h"

#include "model/timeline/timelinemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace uproot {

TimelinePrintRangeDialog::TimelinePrintRangeDialog(const TimelineModel &model,
                                                   const TimelinePrintOptions &options, QWidget *parent)
    : QDialog(parent), m_model(model), m_options(options), m_from(new QDateEdit), m_to(new QDateEdit),
      m_paper(new QComboBox), m_orientation(new QComboBox), m_pages(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Dates and paper to print"));
    const TimelinePlan &plan = model.plan();
    for (QDateEdit *field : {m_from, m_to}) {
        field->setCalendarPopup(true);
        field->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(options.from.isValid() ? options.from : plan.first);
    m_to->setDate(options.to.isValid() ? options.to : plan.last);
    m_from->setAccessibleName(tr("First date to print"));
    m_to->setAccessibleName(tr("Last date to print"));
    // The sizes US agencies print on, and A4 and A3 for offices that use them.
    for (const QPageSize::PageSizeId id :
         {QPageSize::Letter, QPageSize::Legal, QPageSize::Tabloid, QPageSize::A4, QPageSize::A3})
        m_paper->addItem(QPageSize::name(id), int(id));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(int(options.paper))));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(m_orientation->findData(int(options.orientation)));
    m_paper->setAccessibleName(tr("Paper size"));
    m_orientation->setAccessibleName(tr("Orientation"));
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &TimelinePrintRangeDialog::update);
    connect(m_to, &QDateEdit::dateChanged, this, &TimelinePrintRangeDialog::update);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &TimelinePrintRangeDialog::update);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &TimelinePrintRangeDialog::update);
    update();
}

TimelinePrintOptions TimelinePrintRangeDialog::options() const
{
    TimelinePrintOptions options = m_options;
    options.from = m_from->date();
    options.to = m_to->date();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    return options;
}

void TimelinePrintRangeDialog::update()
{
    // The count is known before anything is painted (bands by strips), so it follows every change of a date.
    const TimelinePrint print(m_model, options());
    QString error;
    const bool some = print.check(&error);
    const QString closing =
        options().auditHead.isValid() ? tr(", and a closing page with the audit trail head") : QString();
    m_pages->setText(
        some ? tr("%n page(s): %1 band(s) of rows by %2 strip(s) of dates%3.", nullptr, print.pageCount())
                   .arg(print.rowBands())
                   .arg(print.dateStrips())
                   .arg(closing)
             : tr("Nothing to print: %1.").arg(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(some);
}

} // namespace uproot
