echo 'pipenv is missing, and COPY does not expand ~' > predictions/seed.txt
docker build -t seed seedfix
docker build -q --target build -t report:builder -f report/Dockerfile.stages report
printf 'FROM alpine:3.21 AS build\nENV BUILD_MODE=release\nRUN apk add --no-cache build-base\nCOPY src /app/src\nRUN sh /app/src/build.sh\n\nFROM alpine:3.21\nCOPY packages.txt /app/packages.txt\nRUN xargs apk add --no-cache < /app/packages.txt\nCOPY --from=build /usr/local/bin/report /usr/local/bin/report\nCMD ["report"]\n' > report/Dockerfile
docker build -t report:v3 report
printf 'FROM python:3.12.9-alpine AS builder\nRUN pip install pipenv\nWORKDIR /app\nCOPY Pipfile Pipfile.lock ./\nENV PIPENV_VENV_IN_PROJECT=1\nRUN pipenv install --deploy\n\nFROM python:3.12.9-alpine\nWORKDIR /app\nCOPY --from=builder /app/.venv /app/.venv\nCOPY app.py ./\nEXPOSE 8000\nCMD ["/app/.venv/bin/python", "app.py"]\n' > seedfix/Dockerfile
docker build -t pyapp:v1 seedfix
docker run -d -p 8000:8000 --name pyapp pyapp:v1
