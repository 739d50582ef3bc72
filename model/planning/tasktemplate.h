#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// The steps every affected system goes through, loaded from a template file (resources/templates/).
class TaskTemplate final
{
public:
    struct Step
    {
        QString id; // unique within the template ("step-N", N from 1, when the file names none)
        QString title;
        bool planning = false; // due by the plan-of-action date rather than on the system's removal day
        int days = 1;          // the working days the step takes, at least one
        QStringList after;     // ids of the steps that must be finished before this one starts
    };

    static TaskTemplate builtin();
    // Returns false and sets error (naming the file and the field) when the JSON is not a usable template: a step
    // without a title, two steps with one id, a duration under one day, a dependency on a step the template does
    // not have, or dependencies that form a cycle.
    bool load(const QByteArray &json, const QString &sourceName, QString *error);

    QString identifier() const { return m_identifier; }
    QString title() const { return m_title; }
    const QList<Step> &steps() const { return m_steps; }

private:
    QString m_identifier;
    QString m_title;
    QList<Step> m_steps;

    static QString cycleIn(const QList<Step> &steps);
};

} // namespace uproot
