package org.tongban.retrofit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {
    Optional<Household> findByHeadPersonId(Long headPersonId);

    /**
     * Locks the head's registry row until the transaction ends: two applications for one
     * household at the same moment then run one after the other, and the second sees the first.
     */
    @Query(value = "select id from person where id = ?1 for update", nativeQuery = true)
    Long lockHead(Long personId);
}

interface RetrofitApplicationRepository extends JpaRepository<RetrofitApplication, Long> {
    Optional<RetrofitApplication> findByCaseNumber(String caseNumber);

    Optional<RetrofitApplication> findByIdempotencyKey(String key);

    Optional<RetrofitApplication> findByHouseholdIdAndProgrammeYear(Long householdId, int programmeYear);

    List<RetrofitApplication> findByProgrammeYear(int programmeYear);
}

interface RetrofitItemRepository extends JpaRepository<RetrofitItem, Long> {
    Optional<RetrofitItem> findByCode(String code);

    List<RetrofitItem> findAllByOrderByIdAsc();
}

interface RetrofitPlanRepository extends JpaRepository<RetrofitPlan, Long> {
    Optional<RetrofitPlan> findByApplicationId(Long applicationId);

    @Query("select p from RetrofitPlan p where p.householdId = ?1 and p.programmeYear > ?2")
    List<RetrofitPlan> findByHouseholdSince(Long householdId, int afterYear);
}

interface ProgrammeRepository extends JpaRepository<Programme, Long> {
    Optional<Programme> findByProgrammeYear(int programmeYear);
}

interface RetrofitParameterRepository extends JpaRepository<RetrofitParameter, Long> {
    List<RetrofitParameter> findByParamKeyOrderByValidFromDesc(String paramKey);
}
