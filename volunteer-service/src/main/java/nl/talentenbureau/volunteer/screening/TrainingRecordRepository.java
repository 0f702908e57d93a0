package nl.talentenbureau.volunteer.screening;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TrainingRecordRepository implements PanacheRepositoryBase<TrainingRecord, TrainingRecord.Key> {

    public List<TrainingRecord> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.by("trainingCode"), volunteerId);
    }
}
