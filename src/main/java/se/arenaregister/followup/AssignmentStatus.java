package se.arenaregister.followup;

import java.time.LocalDate;

/**
 * Where an assignment stands. OVERDUE is never stored: an OPEN assignment whose report-back date
 * has passed is overdue. Labels: {@code assignmentStatus.CODE}.
 */
public enum AssignmentStatus {
    OPEN, REPORTED, CLOSED, OVERDUE;

    public static AssignmentStatus of(AssignmentStatus stored, LocalDate due, LocalDate today) {
        return stored == OPEN && due != null && due.isBefore(today) ? OVERDUE : stored;
    }
}
