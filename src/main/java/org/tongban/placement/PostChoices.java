package org.tongban.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts a case may be matched to: open posts (each post holds one person) of this year's
 * funded 公益性岗位计划. The picker offers only these, and the match is refused for any other.
 */
@Component
class PostChoices {

    private final WelfarePostRepository posts;
    private final WelfarePostPlanRepository plans;
    private final Clock clock;

    PostChoices(WelfarePostRepository posts, WelfarePostPlanRepository plans, Clock clock) {
        this.posts = posts;
        this.plans = plans;
        this.clock = clock;
    }

    /** Open posts of this year's funded plan, those of the case's own unit first. */
    @Transactional(readOnly = true)
    List<PostChoice> open(String unitFirst) {
        return plans.findByPlanYear(LocalDate.now(clock).getYear())
                .filter(plan -> plan.getStatus() == WelfarePostPlan.Status.FUNDED)
                .map(plan -> posts.findByPlanIdAndStatusOrderById(plan.getId(), WelfarePost.Status.OPEN)).orElse(List.of())
                .stream().sorted(Comparator.comparing((WelfarePost p) -> !p.getGrassRootsUnit().equals(unitFirst)))
                .map(p -> new PostChoice(p.getId(), p.getTitle(), p.getEmployer(), p.getGrassRootsUnit(), p.getMonthlyWage()))
                .toList();
    }

    /** The post if it may be chosen now; empty when it is full, unknown or not of this year's funded plan. */
    @Transactional(readOnly = true)
    Optional<WelfarePost> choosable(long postId) {
        int year = LocalDate.now(clock).getYear();
        return posts.findById(postId).filter(p -> p.getStatus() == WelfarePost.Status.OPEN)
                .filter(p -> plans.findById(p.getPlanId()).filter(plan -> plan.getPlanYear() == year
                        && plan.getStatus() == WelfarePostPlan.Status.FUNDED).isPresent());
    }
}
