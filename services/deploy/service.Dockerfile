# The image of every CaseBridge service, built from the jar that `mvn -B package` already made, so no Maven
# image is needed. docker-compose passes the module name and its port:
#   docker build -f services/deploy/service.Dockerfile --build-arg SERVICE=police-service --build-arg PORT=8083 .
ARG JRE_IMAGE=eclipse-temurin:17-jre

FROM ${JRE_IMAGE} AS layers
ARG SERVICE
ARG VERSION=0.1.0-SNAPSHOT
WORKDIR /build
# The runnable jar (classifier exec); the module's plain jar is a library for the end-to-end tests.
COPY services/${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar app.jar
# One directory per Boot layer: dependencies change far less often than the application, so a new build
# of the service ships only its thin application layer.
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM ${JRE_IMAGE}
ARG PORT
# curl only for the HEALTHCHECK: newer JRE base images no longer bring it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system casebridge \
    && useradd --system --gid casebridge --home-dir /application --shell /usr/sbin/nologin casebridge \
    && mkdir -p /var/lib/casebridge \
    && chown casebridge:casebridge /var/lib/casebridge
WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER casebridge
ENV SERVER_PORT=${PORT} \
    SPRING_PROFILES_ACTIVE=docker \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
# Readiness, not liveness: a service that cannot reach Kafka takes no traffic (and compose's depends_on waits).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl --fail --silent --show-error "http://localhost:${SERVER_PORT}/actuator/health/readiness" > /dev/null || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
