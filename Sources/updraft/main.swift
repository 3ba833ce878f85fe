// Entry point: see UpdraftCLI.
import UpdraftCLI
UpdraftMain.main()
