#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace uproot {

// The steps every affected system goes through, loaded from a template file (resources/templates/) or from a
// project's own copy of one, which is the same JSON.
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

        bool operator==(const Step &other) const
        {
            return id == other.id && title == other.title && planning == other.planning &&
                   days == other.days && after == other.after;
        }
        bool operator!=(const Step &other) const { return !(*this == other); }
    };

    // What makes a list of steps unusable, found the same way for a file and for the template editor: the
    // step at fault (its index) and why.
    struct Problem
    {
        enum Kind { None, NoTitle, DuplicateId, BadDays, UnknownAfter, Cycle };
        Kind kind = None;
        qsizetype step = -1;
        QString value;          // the duplicated id, or the dependency that names no other step
        QList<qsizetype> cycle; // the steps of a cycle in order, the first one repeated at the end
        bool isNone() const { return kind == None; }
    };
    static constexpr int kMaxDays = 365;

    TaskTemplate() = default;
    // A template made in the editor; check it with problemIn(steps) first.
    TaskTemplate(QString identifier, QString title, QString note, QList<Step> steps);

    static TaskTemplate builtin();
    // Returns false and sets error (naming the file and the field) when the JSON is not a usable template: a
    // step without a title, two steps with one id, a duration under one day, a dependency on a step the
    // template does not have, or dependencies that form a cycle.
    bool load(const QByteArray &json, const QString &sourceName, QString *error);
    // The template in the file format: load() reads it back to an equal template (step ids written out).
    QByteArray toJson() const;

    static Problem problemIn(const QList<Step> &steps);
    // The problem in words for the template editor, naming the step by its number and title.
    static QString describe(const Problem &problem, const QList<Step> &steps);

    QString identifier() const { return m_identifier; }
    QString title() const { return m_title; }
    QString note() const { return m_note; }
    const QList<Step> &steps() const { return m_steps; }

    bool operator==(const TaskTemplate &other) const
    {
        return m_identifier == other.m_identifier && m_title == other.m_title && m_note == other.m_note &&
               m_steps == other.m_steps;
    }
    bool operator!=(const TaskTemplate &other) const { return !(*this == other); }

private:
    QString m_identifier;
    QString m_title;
    QString m_note;
    QList<Step> m_steps;

    static QList<qsizetype> cycleIn(const QList<Step> &steps);
};

} // namespace uproot
