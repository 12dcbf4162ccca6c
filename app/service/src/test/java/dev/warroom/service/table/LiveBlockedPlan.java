package dev.warroom.service.table;

/**
 * A small plan that validates and runs in TABLETOP, but uses what no real connector can do: a resource kind no
 * connector observes (aws-s3), an action no connector performs on its target's kind (dns.update on a plain
 * dns-record) and a param the real executor ignores (mode on database.promote of an RDS replica). Every front end
 * must refuse it in DRILL and LIVE naming each of the three by {@link #BLOCKERS}' line and column.
 */
public final class LiveBlockedPlan {

    /** Where each blocker stands in {@link #text()}, and what the validator says of it. */
    public static final java.util.List<String> BLOCKERS = java.util.List.of(
            ":20:15: warning: no real connector observes aws-s3, so resource 'backups' can only be simulated (TABLETOP)"
                    + " (blocks DRILL and LIVE)",
            ":53:20: warning: the real database.promote on aws-rds does not read param 'mode' (it reads none), so 'mode: detach'"
                    + " would be ignored (blocks DRILL and LIVE)",
            ":64:19: warning: no real connector performs dns.update on 'public-dns' (dns-record); it can on azure-dns-record,"
                    + " route53-record (blocks DRILL and LIVE)");

    private LiveBlockedPlan() {
    }

    public static String text() {
        return """
                formatVersion: 1
                id: live-blocked
                system: Orders
                source:
                  document: Orders DR runbook
                targets:
                  rto: 1h
                  rpo: 15m
                sites:
                  - id: east
                    title: East
                    role: primary
                    resources:
                      - id: orders-db
                        kind: aws-rds
                        title: Orders database
                        role: primary
                        observe: {region: us-east-1, instance: orders}
                      - id: backups
                        kind: aws-s3
                        title: Backups bucket
                        observe: {bucket: orders-backups}
                  - id: west
                    title: West
                    role: dr
                    resources:
                      - id: orders-replica
                        kind: aws-rds
                        title: Orders replica
                        role: replica
                        replicaOf: orders-db
                        observe: {region: us-west-2, instance: orders-replica}
                      - id: public-dns
                        kind: dns-record
                        title: Public name
                        observe: {name: orders.example.com, type: CNAME}
                decisionTree:
                  start: failover
                  nodes:
                    - {id: failover, type: procedure, title: Fail over, procedure: failover, next: done}
                    - {id: done, type: end, title: Done}
                procedures:
                  - id: failover
                    title: Fail over
                    steps:
                      - id: promote
                        type: action
                        title: Promote the replica
                        role: dba
                        action:
                          kind: database.promote
                          target: orders-replica
                          params: {mode: detach}
                        destructive: true
                        verify: {title: The replica is primary, condition: is-primary}
                        timeout: 20m
                        rollback: {title: Create a new replica, command: "aws rds create-db-instance-read-replica"}
                      - id: point-dns
                        type: action
                        title: Point the name at the west
                        role: dba
                        action:
                          kind: dns.update
                          target: public-dns
                          params: {value: west.orders.example.com}
                        destructive: true
                        verify: {title: The name points west, condition: resolves-to, value: west.orders.example.com}
                        timeout: 10m
                        rollback: {title: Point it back, command: "echo revert"}
                roles:
                  - {id: dba, title: DBA}
                """;
    }
}
