#pragma once

#include "model/documents/affectedsystemsource.h"

#include <vector>

namespace uproot {

// Affected systems held in memory.
class AffectedSystemList final : public AffectedSystemSource
{
public:
    AffectedSystemList() = default;
    explicit AffectedSystemList(std::vector<AffectedSystem> systems) : m_systems(std::move(systems)) {}

    void append(AffectedSystem system) { m_systems.push_back(std::move(system)); }
    void reserve(size_t count) { m_systems.reserve(count); }
    int count() const override { return int(m_systems.size()); }
    AffectedSystem at(int index) const override { return m_systems.at(size_t(index)); }

private:
    std::vector<AffectedSystem> m_systems;
};

} // namespace uproot
