package dev.warroom.connectors.redis;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/** Opens one Jedis connection with bounded connect and read timeouts; the password comes from the plan's passwordEnv. */
final class RedisClients {

    static final Duration PROBE_CONNECT = Duration.ofSeconds(2);
    static final Duration PROBE_READ = Duration.ofSeconds(3);

    private final ConnectorSettings settings;

    RedisClients(ConnectorSettings settings) {
        this.settings = settings;
    }

    Jedis open(RedisTarget target, Duration connect, Duration read) throws ProbeException {
        Optional<String> password = target.password(settings);
        if (target.needsPassword() && password.isEmpty()) {
            throw new ProbeException(ProbeFailure.AUTH_FAILED, target.where() + ": the password variable " + target.passwordEnv().strip()
                    + " is not set");
        }
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(connect))
                .socketTimeoutMillis(millis(read))
                .clientName("warroom");
        password.ifPresent(config::password);
        try {
            Jedis jedis = new Jedis(new HostAndPort(target.host(), target.port()), config.build());
            jedis.connect();
            return jedis;
        } catch (JedisException e) {
            throw RedisFailures.classify(target, e);
        }
    }

    private static int millis(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toMillis()));
    }
}
