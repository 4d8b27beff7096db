package org.tongban.placement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WelfarePostRepository extends JpaRepository<WelfarePost, Long> {

    List<WelfarePost> findByStatusOrderById(WelfarePost.Status status);

    List<WelfarePost> findByPlanIdAndStatusOrderById(Long planId, WelfarePost.Status status);
}
