package dev.warroom.connectors.aws;

import java.util.Map;

/** DescribeDBInstances and GetMetricData answers in their services' own shape. */
final class RdsBodies {

    private static final String INSTANCES = "rds/describe-db-instances.xml";

    private RdsBodies() {
    }

    static String primary(String instance, String status, String... replicas) {
        StringBuilder ids = new StringBuilder();
        for (String r : replicas) {
            ids.append("<ReadReplicaDBInstanceIdentifier>").append(r).append("</ReadReplicaDBInstanceIdentifier>");
        }
        return AwsStandIn.fill(INSTANCES, Map.of("instance", instance, "status", status, "multiAz", "true", "replicas", ids.toString()));
    }

    static String replica(String instance, String status, String link) {
        boolean normal = link.equals("replicating");
        return AwsStandIn.fill(INSTANCES, Map.of("instance", instance, "status", status, "multiAz", "false",
                "source", "<ReadReplicaSourceDBInstanceIdentifier>arn:aws:rds:us-east-1:123456789012:db:chatops-prod"
                        + "</ReadReplicaSourceDBInstanceIdentifier>",
                "statusInfo", "<DBInstanceStatusInfo><StatusType>read replication</StatusType><Normal>" + normal + "</Normal><Status>"
                        + link + "</Status>" + (normal ? "" : "<Message>Replication has stopped.</Message>") + "</DBInstanceStatusInfo>"));
    }

    /** The instance after promotion: available, and no source any more. */
    static String standalone(String instance) {
        return AwsStandIn.fill(INSTANCES, Map.of("instance", instance, "status", "available", "multiAz", "false"));
    }

    /** A primary that accepts connections at {@code host:port} as {@code masterUser}. */
    static String listening(String instance, String host, int port, String masterUser) {
        return primary(instance, "available").replace("<Address>" + instance + ".c9akciq32.us-west-2.rds.amazonaws.com</Address>",
                "<Address>" + host + "</Address>").replace("<Port>5432</Port>", "<Port>" + port + "</Port>")
                .replace("<MasterUsername>chatops</MasterUsername>", "<MasterUsername>" + masterUser + "</MasterUsername>");
    }

    /** An instance still being created: RDS gives it no endpoint yet. */
    static String withoutEndpoint(String instance) {
        return primary(instance, "creating").replaceAll("(?s)<Endpoint>.*?</Endpoint>", "");
    }

    static String lag(String seconds) {
        return AwsStandIn.fill("cloudwatch/get-metric-data.xml", Map.of("lag", seconds));
    }
}
