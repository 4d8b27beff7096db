package org.tongban.retrofit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HouseholdRepository extends JpaRepository<Household, Long> {
    Optional<Household> findByHeadPersonId(Long headPersonId);
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
