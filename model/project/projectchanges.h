#pragma once

#include "model/project/projectchange.h"

#include <QObject>

namespace uproot {

// Where a project announces its changes. Models and panes listen here, with the read interface of their area,
// rather than holding the whole project.
class ProjectChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectChanges)
public:
    explicit ProjectChanges(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

signals:
    void changed(const uproot::ProjectChange &change);
};

} // namespace uproot
