// SPDX-FileCopyrightText: 2026 CX Atlas contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspacegraph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>

#include <QList>
#include <vector>

namespace cx {

// What one breadth-first search from some sources reached: depth and predecessor of each
// vertex, and the vertices in the order found. Runs boost::breadth_first_visit on any view of
// a WorkspaceGraph (reversed, filtered). Reusable: a new run forgets only what the last one
// reached, so many searches on a large graph cost what they visit, not the graph's size.
class Reach
{
public:
    static constexpr Vertex none = Vertex(-1);

    explicit Reach(std::size_t vertexCount)
        : m_color(vertexCount, boost::white_color), m_depth(vertexCount, -1),
          m_predecessor(vertexCount, none)
    {
    }

    template<typename G>
    void run(const G &graph, const std::vector<Vertex> &sources)
    {
        clear();
        auto color = boost::make_iterator_property_map(m_color.begin(),
                                                       boost::typed_identity_property_map<Vertex>());
        std::vector<Vertex> start;
        for (const Vertex s : sources) {
            if (m_depth[s] < 0) {
                m_depth[s] = 0;
                start.push_back(s);
            }
        }
        boost::queue<Vertex> queue;
        boost::breadth_first_visit(graph, start.begin(), start.end(), queue, Visitor{this}, color);
    }

    const std::vector<Vertex> &reached() const { return m_order; }
    bool isReached(Vertex v) const { return m_depth[v] >= 0; }
    int depth(Vertex v) const { return m_depth[v]; }
    Vertex predecessor(Vertex v) const { return m_predecessor[v]; }
    // The vertices from a source to v (both included); empty when v was not reached.
    QList<Vertex> path(Vertex v) const
    {
        QList<Vertex> out;
        if (!isReached(v))
            return out;
        for (Vertex at = v; at != none; at = m_predecessor[at])
            out.prepend(at);
        return out;
    }

private:
    struct Visitor : boost::default_bfs_visitor {
        Reach *reach;
        explicit Visitor(Reach *r) : reach(r) {}
        template<typename V, typename G>
        void discover_vertex(V v, const G &) const { reach->m_order.push_back(v); }
        template<typename E, typename G>
        void tree_edge(E e, const G &g) const
        {
            using boost::source;
            using boost::target;
            const Vertex from = source(e, g);
            const Vertex to = target(e, g);
            reach->m_predecessor[to] = from;
            reach->m_depth[to] = reach->m_depth[from] + 1;
        }
    };

    void clear()
    {
        for (const Vertex v : m_order) {
            m_color[v] = boost::white_color;
            m_depth[v] = -1;
            m_predecessor[v] = none;
        }
        m_order.clear();
    }

    std::vector<boost::default_color_type> m_color;
    std::vector<int> m_depth;
    std::vector<Vertex> m_predecessor;
    std::vector<Vertex> m_order;
};

} // namespace cx
