#include "views/timelineprintrangedialog.h"

#include "model/timeline/timelinemodel.h"

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
      m_pages(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Dates to print"));
    const TimelinePlan &plan = model.plan();
    for (QDateEdit *field : {m_from, m_to}) {
        field->setCalendarPopup(true);
        field->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(options.from.isValid() ? options.from : plan.first);
    m_to->setDate(options.to.isValid() ? options.to : plan.last);
    m_from->setAccessibleName(tr("First date to print"));
    m_to->setAccessibleName(tr("Last date to print"));
    m_pages->setAccessibleName(tr("Pages"));
    m_pages->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &TimelinePrintRangeDialog::update);
    connect(m_to, &QDateEdit::dateChanged, this, &TimelinePrintRangeDialog::update);
    update();
}

TimelinePrintOptions TimelinePrintRangeDialog::options() const
{
    TimelinePrintOptions options = m_options;
    options.from = m_from->date();
    options.to = m_to->date();
    return options;
}

void TimelinePrintRangeDialog::update()
{
    // The count is known before anything is painted (bands by strips), so it follows every change of a date.
    const TimelinePrint print(m_model, options());
    QString error;
    const bool some = print.check(&error);
    m_pages->setText(
        some ? tr("%n page(s): %1 band(s) of rows by %2 strip(s) of dates.", nullptr, print.pageCount())
                   .arg(print.rowBands())
                   .arg(print.dateStrips())
             : tr("Nothing to print: %1.").arg(error));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(some);
}

} // namespace uproot
