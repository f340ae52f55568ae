"""The full schemathesis run over every operation of /api/v1/openapi.json.

Seeds the demo into a data directory of its own (or reuses one given with --data-dir),
makes an owner token and a staff token with `servicegap token create`, serves it with
`servicegap serve` on a spare port, then runs the schemathesis command line once per token
with every check and bench/schemathesis.toml's expectations, and prints, per token, the
operations fuzzed, the cases generated and the failures found, with each run's full
output saved beside the figures.

    .venv/bin/python bench/api_fuzz.py                      # demo seeded anew
    .venv/bin/python bench/api_fuzz.py --data-dir /tmp/sg-demo --max-examples 50

Not run by the unit tests (tests/api/test_fuzz.py is the short run for CI).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONFIG = ROOT / "bench" / "schemathesis.toml"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def servicegap(env: dict, *args: str) -> str:
    done = subprocess.run(
        [str(BIN / "servicegap"), *args], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(f"servicegap {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout.strip()


def wait_for(url: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(1)
    sys.exit(f"the server did not answer {url} within {seconds:.0f} s")


def figures(output: str) -> dict:
    """Operations, cases and failures from the schemathesis summary."""
    tested = re.search(r"Tested: (\d+)", output)
    cases = re.search(r"(\d+) generated", output)
    failures = re.findall(r"❌ (ST\d+ [^:]+): (\d+)", output)
    errors = re.search(r"(\d+) errors?\b", output.split("SUMMARY")[-1])
    return {
        "operations": int(tested.group(1)) if tested else 0,
        "cases": int(cases.group(1)) if cases else 0,
        "failures": sum(int(count) for _name, count in failures),
        "kinds": ", ".join(f"{name} ×{count}" for name, count in failures) or "none",
        "errors": int(errors.group(1)) if errors else 0,
    }


# A real object behind each path parameter, at the staff member's location, so that the
# operations behind them are reached and not only their 404.
OBJECTS = """
import json
from servicegap.audits.models import Assignment, Audit, AuditAnswer, AuditTemplate, Dispute
from servicegap.core import tokens
from servicegap.core.models import Department, Employee, Invitation, Membership
from servicegap.customers.models import Alert, Customer, ImportRun
from servicegap.feedback.models import Response, Survey, SurveyLink
from servicegap.people.models import (
    Candidate, CoachingNote, Idea, InterviewQuestion, RubricPoint, RuleBend, Scenario,
    ScenarioAttempt, TrainingProposal,
)
from servicegap.recovery.models import Case, FollowUp, RecoveryAction
from servicegap.standards.models import Behaviour
from servicegap.textlens.models import CommentAnalysis
from servicegap.webhooks.models import Webhook
staff = Membership.objects.get(organization__slug="demo", user__email="staff@demo.test")
owner = Membership.objects.get(organization__slug="demo", user__email="owner@demo.test")
org = staff.organization
here = staff.locations.first() or org.locations.first()
at = {"location": here}
mine = {"organization": org}
behaviour = Behaviour.objects.filter(**mine, is_active=True).first()
found = {
    "location_code": here,
    "region_code": here.region,
    "department_code": Department.objects.filter(**mine).first(),
    "employee_code": Employee.objects.filter(**at).first(),
    # someone else than the two callers, so that a removal leaves both tokens working
    "membership_code": Membership.objects.filter(**mine, user__email="supervisor@demo.test").first(),
    "invitation_code": Invitation.objects.filter(**mine).first(),
    "apitoken_code": tokens.create_token(owner, "to revoke")[0],
    "journeystep_code": behaviour.standard.step if behaviour else None,
    "standard_code": behaviour.standard if behaviour else None,
    "behaviour_code": behaviour,
    "audit_code": Audit.objects.filter(**at).first(),
    "auditanswer_code": AuditAnswer.objects.filter(**at).first(),
    "audittemplate_code": AuditTemplate.objects.filter(**mine).first(),
    "assignment_code": Assignment.objects.filter(**at).first(),
    "dispute_code": Dispute.objects.filter(**mine).first(),
    "survey_code": Survey.objects.filter(**mine).first(),
    "surveylink_code": SurveyLink.objects.filter(**at).first(),
    "response_code": Response.objects.filter(**at).first(),
    "commentanalysis_code": CommentAnalysis.objects.filter(**at).first(),
    "customer_code": Customer.objects.filter(home_location=here).first(),
    "alert_code": Alert.objects.filter(**mine).first(),
    "importrun_code": ImportRun.objects.filter(**mine).first(),
    "case_code": Case.objects.filter(**at).first(),
    "recoveryaction_code": RecoveryAction.objects.filter(case__location=here).first(),
    "followup_code": FollowUp.objects.filter(case__location=here).first(),
    "scenarioattempt_code": ScenarioAttempt.objects.filter(**at).first(),
    "idea_code": Idea.objects.filter(**mine).first(),
    "scenario_code": Scenario.objects.filter(**mine).first(),
    "rubricpoint_code": RubricPoint.objects.filter(**mine).first(),
    "coachingnote_code": CoachingNote.objects.filter(**at).first(),
    "rulebend_code": RuleBend.objects.filter(**at).first(),
    "interviewquestion_code": InterviewQuestion.objects.filter(**mine).first(),
    "candidate_code": Candidate.objects.filter(**at).first(),
    "trainingproposal_code": TrainingProposal.objects.filter(**at).first(),
    "webhook_code": Webhook.objects.filter(**mine).first(),
}
codes = {name: str(obj.code) for name, obj in found.items() if obj is not None}
codes["kit_key"] = "restaurant"
link = SurveyLink.objects.filter(**at).first()
if link:
    codes["token"] = link.token
print(json.dumps(codes))
"""


def config_with_objects(env: dict, data: Path) -> Path:
    """bench/schemathesis.toml plus a [parameters] table of the demo's real codes."""
    codes = json.loads(servicegap(env, "shell", "-c", OBJECTS).splitlines()[-1])
    table = "\n".join(f'"path.{name}" = "{code}"' for name, code in sorted(codes.items()))
    path = data / "schemathesis.toml"
    path.write_text(CONFIG.read_text() + "\n[parameters]\n" + table + "\n")
    return path


def fuzz(url: str, secret: str, args: argparse.Namespace, out: Path, config: Path) -> dict:
    command = [
        str(BIN / "schemathesis"),
        "--config-file",
        str(config),
        "run",
        f"{url}/api/v1/openapi.json",
        "--header",
        f"Authorization: Bearer {secret}",
        "--checks",
        "all",
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(args.max_examples),
        "--workers",
        "1",
        "--seed",
        str(args.seed),
        "--no-color",
    ]
    started = time.monotonic()
    done = subprocess.run(command, cwd=out.parent, capture_output=True, text=True)
    out.write_text(done.stdout + done.stderr)
    result = figures(done.stdout)
    result["seconds"] = time.monotonic() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="an already seeded demo data directory")
    parser.add_argument("--max-examples", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--real-objects",
        action="store_true",
        help="fill path parameters with the demo's own objects instead of generated codes",
    )
    args = parser.parse_args()

    data = Path(args.data_dir or tempfile.mkdtemp(prefix="sg-fuzz-"))
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env.update(SERVICEGAP_DATA_DIR=str(data), SERVICEGAP_HTTPS="false")
    if not args.data_dir:
        print(f"seeding the demo into {data} …", flush=True)
        servicegap(env, "demo", "--no-serve")
    secrets = {
        role: servicegap(
            env,
            "token",
            "create",
            "--org",
            "demo",
            "--email",
            f"{role}@demo.test",
            "--name",
            "fuzz",
        )
        for role in ("owner", "staff")
    }
    config = config_with_objects(env, data) if args.real_objects else CONFIG
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [str(BIN / "servicegap"), "serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        wait_for(f"{url}/api/v1/openapi.json")
        print("| token | operations | cases | failures | errors | time |")
        print("|---|---|---|---|---|---|")
        for role, secret in secrets.items():
            result = fuzz(url, secret, args, data / f"schemathesis-{role}.txt", config)
            print(
                f"| {role} | {result['operations']} | {result['cases']:,} | "
                f"{result['failures']} ({result['kinds']}) | {result['errors']} | "
                f"{result['seconds']:.0f} s |",
                flush=True,
            )
        print(f"full outputs: {data}/schemathesis-*.txt")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)


if __name__ == "__main__":
    main()
