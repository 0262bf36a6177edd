/// The generic tree walks rules are written with (Catalyst's `TreeNode`): a rule matches only the nodes it
/// rewrites and returns nil elsewhere; an unchanged subtree is returned as the same object, so a rule executor
/// sees a fixed point by identity.
extension ResolvedPlan {
    /// This node over new children (same output attributes); itself when the children are the same objects.
    public func withNewChildren(_ newChildren: [ResolvedPlan]) -> ResolvedPlan {
        let old = children
        guard old.count == newChildren.count, zip(old, newChildren).contains(where: { $0 !== $1 }) else { return self }
        return ResolvedPlan(node.withNewChildren(newChildren), schema: schema, lineage: lineage)
    }

    /// Post-order: children first, then `rule` on the node over the rewritten children.
    public func transformUp(_ rule: (ResolvedPlan) -> ResolvedPlan?) -> ResolvedPlan {
        let rebuilt = withNewChildren(children.map { $0.transformUp(rule) })
        return rule(rebuilt) ?? rebuilt
    }

    /// Pre-order: `rule` on the node first, then on the children of what it returned.
    public func transformDown(_ rule: (ResolvedPlan) -> ResolvedPlan?) -> ResolvedPlan {
        let replaced = rule(self) ?? self
        return replaced.withNewChildren(replaced.children.map { $0.transformDown(rule) })
    }

    /// Every bound expression of every node rewritten by `rule` (which must keep each expression's type).
    public func transformAllExpressions(_ rule: (BoundExpression) -> BoundExpression?) -> ResolvedPlan {
        transformUp { plan in
            let node = plan.node.mapExpressions { $0.transformUp(rule) }
            return ResolvedPlan(node, schema: plan.schema, lineage: plan.lineage)
        }
    }
}

extension BoundExpression {
    /// Post-order rewrite: operands first, then `rule` on the node over them.
    public func transformUp(_ rule: (BoundExpression) -> BoundExpression?) -> BoundExpression {
        let rebuilt: BoundExpression = switch self {
        case .column, .literal: self
        case .unary(let op, let e, let t): .unary(op, e.transformUp(rule), type: t)
        case .binary(let op, let l, let r, let t): .binary(op, l.transformUp(rule), r.transformUp(rule), type: t)
        case .cast(let e, let t): .cast(e.transformUp(rule), t)
        case .function(let f, let args): .function(f, args.map { $0.transformUp(rule) })
        }
        return rule(rebuilt) ?? rebuilt
    }
}
