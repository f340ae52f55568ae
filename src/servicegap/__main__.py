from servicegap.cli import main

main()
