from servicegap.core.demo import DemoContext


def seed(context: DemoContext) -> list[str]:
    return []
