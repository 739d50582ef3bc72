#pragma once

#include "model/timeline/timelineprint.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace uproot {

class TimelineModel;

// Which dates of the timeline go on paper, and on what paper, asked before printing or exporting: From and To
// (the plan's first and last date at first), the paper size and orientation, and, as they change, how many
// pages that makes ("12 pages: 4 bands of rows by 3 strips of dates") or why it makes none. OK stays disabled
// while the range selects nothing.
class TimelinePrintRangeDialog final : public QDialog
{
    Q_OBJECT
public:
    TimelinePrintRangeDialog(const TimelineModel &model, const TimelinePrintOptions &options,
                             QWidget *parent = nullptr);

    TimelinePrintOptions options() const;
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    QComboBox *paperField() const { return m_paper; }
    QComboBox *orientationField() const { return m_orientation; }
    QLabel *pagesLabel() const { return m_pages; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();

    const TimelineModel &m_model;
    TimelinePrintOptions m_options;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QLabel *m_pages;
    QDialogButtonBox *m_buttons;
};

} // namespace uproot
