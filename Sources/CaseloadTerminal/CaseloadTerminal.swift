import CNcurses
import CaseloadUI

public enum CaseloadTerminal {}
