#pragma once

#include <QList>
#include <QString>

namespace uproot {

// The steps every affected system goes through, loaded from a template file (resources/templates/).
class TaskTemplate final
{
public:
    struct Step
    {
        QString title;
        bool planning = false; // due by the plan-of-action date rather than on the system's removal day
    };

    static TaskTemplate builtin();
    // Returns false and sets error (naming the file and the field) when the JSON is not a usable template.
    bool load(const QByteArray &json, const QString &sourceName, QString *error);

    QString identifier() const { return m_identifier; }
    QString title() const { return m_title; }
    const QList<Step> &steps() const { return m_steps; }

private:
    QString m_identifier;
    QString m_title;
    QList<Step> m_steps;
};

} // namespace uproot
