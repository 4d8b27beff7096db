package org.tongban.quotareview;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByCaseNumber(String caseNumber);

    Optional<Review> findByEmployerIdAndReviewYear(Long employerId, int reviewYear);

    long countByReviewYear(int reviewYear);

    List<Review> findByReviewYearOrderById(int reviewYear);

    List<Review> findByEmployerIdOrderByReviewYearDesc(Long employerId);
}
