package dev.warroom.core.world;

/** The replication role a resource reports right now (it may differ from the plan's design). */
public enum ReplicationRole {
    PRIMARY,
    REPLICA,
    STANDALONE,
    NONE
}
